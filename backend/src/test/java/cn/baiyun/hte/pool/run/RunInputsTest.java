package cn.baiyun.hte.pool.run;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import cn.baiyun.hte.enterprise.Enterprise;
import cn.baiyun.hte.filing.FiledYear;
import cn.baiyun.hte.filing.Filing;
import cn.baiyun.hte.filing.FilingStatus;
import cn.baiyun.hte.filing.portfolio.FirmTransformations;
import cn.baiyun.hte.filing.portfolio.IpRight;
import cn.baiyun.hte.filing.portfolio.TransformationsPerYear;
import cn.baiyun.hte.pool.board.PoolEntry;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

class RunInputsTest {

    static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");

    @Test
    void eachFirmGetsItsOwnRecordsFromEveryPassAndItsStoredEntry() {
        List<RunInputs.RunInput> inputs = RunInputs.merge(
                        Flux.just(firm("a1"), firm("b2"), firm("c3")),
                        Flux.just(filing("a1", 2024), filing("a1", 2025), filing("c3", 2025)),
                        Flux.just(ipRight("b2"), ipRight("c3")),
                        Flux.just(transformations("a1", 2024, 2), transformations("c3", 2025, 1)),
                        Flux.just(entry("b2")))
                .collectList().block();

        assertThat(inputs).extracting(input -> input.sources().firm().id()).containsExactly("a1", "b2", "c3");
        RunInputs.RunInput a1 = inputs.get(0);
        assertThat(a1.sources().filedYears()).extracting(FiledYear::fiscalYear).containsExactly(2024, 2025);
        assertThat(a1.sources().ipRights()).isEmpty();
        assertThat(a1.sources().transformations().in(2024)).isEqualTo(2);
        assertThat(a1.stored()).isNull();
        RunInputs.RunInput b2 = inputs.get(1);
        assertThat(b2.sources().filedYears()).isEmpty();
        assertThat(b2.sources().ipRights()).extracting(IpRight::enterpriseId).containsExactly("b2");
        assertThat(b2.stored()).extracting(PoolEntry::enterpriseId).isEqualTo("b2");
        RunInputs.RunInput c3 = inputs.get(2);
        assertThat(c3.sources().filedYears()).extracting(FiledYear::fiscalYear).containsExactly(2025);
        assertThat(c3.sources().transformations().in(2025)).isEqualTo(1);
    }

    @Test
    void recordsOfFirmsThatAreNotAssessedAreDropped() {
        List<RunInputs.RunInput> inputs = RunInputs.merge(
                        Flux.just(firm("b2")),
                        Flux.just(filing("a1", 2025), filing("b2", 2025), filing("z9", 2025)),
                        Flux.just(ipRight("a1")), Flux.just(transformations("z9", 2025, 1)), Flux.just(entry("a1")))
                .collectList().block();

        assertThat(inputs).singleElement().satisfies(input -> {
            assertThat(input.sources().firm().id()).isEqualTo("b2");
            assertThat(input.sources().filedYears()).extracting(FiledYear::enterpriseId).containsExactly("b2");
        });
    }

    @Test
    void aPassOutOfFirmOrderStopsTheRunAtTheFirstFirmSeenTwice() {
        Flux<RunInputs.RunInput> merged = RunInputs.merge(Flux.just(firm("a1"), firm("b2")),
                Flux.just(filing("b2", 2025), filing("a1", 2025)), Flux.empty(), Flux.empty(), Flux.empty());

        // a1 has been merged without its filing by the time the pass shows it is out of order: the run
        // stops there, and its next run (sorted again) corrects a1's entry.
        StepVerifier.create(merged)
                .expectNextCount(2)
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("not sorted by firm id"))
                .verify();
    }

    @Test
    void readsNoMoreOfAPassThanTheMergeHasRoomFor() {
        AtomicLong requested = new AtomicLong();
        Flux<FiledYear> filings = Flux.range(0, Integer.MAX_VALUE).map(i -> filing(String.format("f%09d", i), 2025))
                .doOnRequest(requested::addAndGet);
        Flux<Enterprise> firms = Flux.range(0, Integer.MAX_VALUE).map(i -> firm(String.format("f%09d", i)));

        StepVerifier.create(RunInputs.merge(firms, filings, Flux.empty(), Flux.empty(), Flux.empty()), 0)
                .thenRequest(3)
                .expectNextCount(3)
                .thenCancel()
                .verify();
        assertThat(requested.get()).isPositive().isLessThanOrEqualTo(2L * RunInputs.PREFETCH);
    }

    static Enterprise firm(String id) {
        return new Enterprise(id, null, null, id, NOW, NOW, NOW, 1L);
    }

    static FiledYear filing(String firm, int year) {
        return new FiledYear(new Filing(firm + year, firm, year, FilingStatus.ACCEPTED, null, Map.of(), Set.of(), 1,
                List.of(), null, NOW, NOW, NOW, NOW, 1L), Set.of());
    }

    static IpRight ipRight(String firm) {
        return new IpRight(firm, null, null, false, null, false, false);
    }

    static FirmTransformations transformations(String firm, int year, int achievements) {
        return new FirmTransformations(firm, new TransformationsPerYear(new TreeMap<>(Map.of(year, achievements))));
    }

    static PoolEntry entry(String firm) {
        return new PoolEntry(null, 2026, firm, firm, "1.1", PoolEntry.Outcome.ASSESSED, null, List.of(), List.of(),
                "2026.1", "digest", null, NOW, null, null, null, null, null);
    }
}
