package cn.baiyun.hte.pool.cycle;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Cycles stored directly, with the default dates, for the tests of the pool's other parts. */
@Component
public class TestCycles {

    private final CycleRepository cycles;
    private final Clock clock;

    TestCycles(CycleRepository cycles, Clock clock) {
        this.cycles = cycles;
        this.clock = clock;
    }

    /** Opens the year's cycle; fails if it is open already. */
    public Mono<Cycle> open(int year) {
        return Mono.defer(() -> cycles.save(Cycle.open(year, CycleDates.defaultsFor(year), Instant.now(clock))));
    }

    public Mono<Cycle> stored(int year) {
        return cycles.findByYear(year);
    }
}
