package cn.baiyun.hte.pool.run;

import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The cycle runs as operators see them: how long each took and how it ended ({@code hte.cycle.run.duration},
 * tagged {@code outcome} done or failed), how fast firms go through ({@code hte.cycle.run.firms}, a counter
 * whose rate is the progress) and how many runs this replica holds now ({@code hte.cycle.run.active}). The
 * reviewer's view of a run's progress stays on the cycle ({@code run.processed}).
 */
@Component
class RunMetrics {

    private static final String DURATION = "hte.cycle.run.duration";

    private final MeterRegistry registry;
    private final Counter firms;
    private final AtomicInteger active = new AtomicInteger();

    RunMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.firms = Counter.builder("hte.cycle.run.firms").description("Firms the cycle runs went through")
                .register(registry);
        Gauge.builder("hte.cycle.run.active", active, AtomicInteger::get)
                .description("Cycle runs in progress on this replica").register(registry);
    }

    void went(long firmsInChunk) {
        firms.increment(firmsInChunk);
    }

    /** {@code run}, timed from subscription to its end, with how it ended. */
    <T> Mono<T> timed(Mono<T> run) {
        return Mono.defer(() -> {
            Timer.Sample sample = Timer.start(registry);
            active.incrementAndGet();
            return run.doOnSuccess(done -> sample.stop(timer("done")))
                    .doOnError(error -> sample.stop(timer("failed")))
                    .doFinally(signal -> active.decrementAndGet());
        });
    }

    private Timer timer(String outcome) {
        return Timer.builder(DURATION).description("How long cycle runs took, by how they ended")
                .tag("outcome", outcome).register(registry);
    }
}
