package cn.baiyun.hte.pool.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import cn.baiyun.hte.enterprise.Enterprise;
import cn.baiyun.hte.filing.FiledYear;
import cn.baiyun.hte.filing.portfolio.FirmTransformations;
import cn.baiyun.hte.filing.portfolio.IpRight;
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
    private static final TransformationsPerYear NO_TRANSFORMATIONS = TransformationsPerYear.of(List.of());

    private RunInputs() {
    }

    /** What a firm's snapshot is assembled from and its stored entry of the cycle (null before the firm's first assessment). */
    record RunInput(SnapshotSources sources, PoolEntry stored) {
    }

    /**
     * Merges passes that are each sorted by firm id ({@code firms} by {@code _id}, the others by
     * {@code enterpriseId}); fails if one is not, rather than assess a firm from part of its records.
     */
    static Flux<RunInput> merge(Flux<Enterprise> firms, Flux<FiledYear> filedYears, Flux<IpRight> ipRights,
                                Flux<FirmTransformations> transformations, Flux<PoolEntry> stored) {
        return Flux.mergeComparing(PREFETCH, Comparator.comparing(Part::firmId),
                        firms.map(firm -> new Part(firm.id(), input -> input.firm = firm)),
                        filedYears.map(filed -> new Part(filed.enterpriseId(), input -> input.filedYears.add(filed))),
                        ipRights.map(right -> new Part(right.enterpriseId(), input -> input.ipRights.add(right))),
                        transformations.map(firm -> new Part(firm.enterpriseId(),
                                input -> input.transformations = firm.perYear())),
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
        private final List<FiledYear> filedYears = new ArrayList<>();
        private final List<IpRight> ipRights = new ArrayList<>();
        private TransformationsPerYear transformations = NO_TRANSFORMATIONS;
        private PoolEntry stored;

        /** The input, or null for records whose firm is not among those assessed. */
        RunInput build() {
            return firm == null ? null : new RunInput(new SnapshotSources(firm, List.copyOf(filedYears),
                    List.copyOf(ipRights), transformations), stored);
        }
    }
}
