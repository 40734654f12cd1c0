package cn.baiyun.hte.pool.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import cn.baiyun.hte.enterprise.Enterprise;
import cn.baiyun.hte.filing.Filing;
import cn.baiyun.hte.filing.portfolio.Achievement;
import cn.baiyun.hte.filing.portfolio.AchievementDetails;
import cn.baiyun.hte.filing.portfolio.IpAsset;
import cn.baiyun.hte.filing.portfolio.TransformationsPerYear;
import cn.baiyun.hte.pool.board.PoolEntry;
import reactor.core.publisher.Flux;

/**
 * What a cycle run reads, one firm at a time: each collection is read in one pass sorted by firm id, and
 * the passes are merged the way a merge join does, so every document is read once and the database sorts
 * by its {@code enterpriseId} indexes instead of answering a query per firm or per batch (the embedded
 * server, which uses no index for a range or a sort, then scans each collection once instead of once per
 * batch). Backpressure reaches every cursor: only a few hundred documents per collection are in hand.
 * Records of a firm that is not among the firms (not verified) are dropped.
 */
final class RunInputs {

    /** Documents requested ahead from each sorted pass. */
    static final int PREFETCH = 256;

    private RunInputs() {
    }

    /** What a firm's snapshot is assembled from and its stored entry of the cycle (null before the firm's first assessment). */
    record RunInput(SnapshotSources sources, PoolEntry stored) {
    }

    /**
     * Merges passes that are each sorted by firm id ({@code firms} by {@code _id}, the others by
     * {@code enterpriseId}); fails if one is not, rather than assess a firm from part of its records.
     */
    static Flux<RunInput> merge(Flux<Enterprise> firms, Flux<Filing> filings, Flux<IpAsset> ipAssets,
                                Flux<Achievement> achievements, Flux<PoolEntry> stored) {
        return Flux.mergeComparing(PREFETCH, Comparator.comparing(Part::firmId),
                        firms.map(firm -> new Part(firm.id(), input -> input.firm = firm)),
                        filings.map(filing -> new Part(filing.enterpriseId(), input -> input.filings.add(filing))),
                        ipAssets.map(asset -> new Part(asset.enterpriseId(), input -> input.ipAssets.add(asset))),
                        achievements.map(achievement -> new Part(achievement.enterpriseId(),
                                input -> input.achievements.add(achievement.details()))),
                        stored.map(entry -> new Part(entry.enterpriseId(), input -> input.stored = entry)))
                .bufferUntilChanged(Part::firmId)
                .scan(new Grouped(null, null), Grouped::next)
                .skip(1)
                .mapNotNull(Grouped::input);
    }

    /** One document of a firm, with where it goes in the firm's input. */
    private record Part(String firmId, Consumer<Builder> addTo) {
    }

    /** The last firm seen, to tell an unsorted pass from the next firm, and the input of the current one. */
    private record Grouped(String firmId, RunInput input) {

        Grouped next(List<Part> parts) {
            String next = parts.get(0).firmId();
            if (firmId != null && firmId.compareTo(next) >= 0) {
                throw new IllegalStateException("A pass of the cycle run is not sorted by firm id: " + next
                        + " came after " + firmId);
            }
            Builder builder = new Builder();
            parts.forEach(part -> part.addTo().accept(builder));
            return new Grouped(next, builder.build());
        }
    }

    private static final class Builder {

        private Enterprise firm;
        private final List<Filing> filings = new ArrayList<>();
        private final List<IpAsset> ipAssets = new ArrayList<>();
        private final List<AchievementDetails> achievements = new ArrayList<>();
        private PoolEntry stored;

        /** The input, or null for records whose firm is not among those assessed. */
        RunInput build() {
            return firm == null ? null : new RunInput(new SnapshotSources(firm, List.copyOf(filings),
                    List.copyOf(ipAssets), TransformationsPerYear.of(achievements)), stored);
        }
    }
}
