package cn.baiyun.hte.platform.metrics;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import cn.baiyun.hte.platform.error.LogText;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The gauges of {@link WaitingWork}: each replica counts every few seconds (not on a scrape, which must stay
 * cheap and must not touch the database) and the gauge reads the last count. Every replica reports the same
 * numbers (they are the database's), so dashboards take their maximum. No lease: the counts only read.
 * A count that fails leaves the last value and is retried at the next round.
 */
@Component
class WaitingWorkGauges {

    private static final Logger log = LoggerFactory.getLogger(WaitingWorkGauges.class);
    static final String GAUGE = "hte.work.waiting";

    private final List<WaitingWork> works;
    private final Map<String, AtomicLong> counts;

    WaitingWorkGauges(List<WaitingWork> works, MeterRegistry registry) {
        this.works = works;
        this.counts = works.stream().collect(Collectors.toMap(WaitingWork::kind, work -> new AtomicLong()));
        counts.forEach((kind, count) -> Gauge.builder(GAUGE, count, AtomicLong::get)
                .description("Work waiting in the database for a background job (counted periodically)")
                .tag("kind", kind).register(registry));
    }

    @Scheduled(fixedDelayString = "${hte.metrics.backlog-interval:PT30S}", initialDelay = 0)
    void countOnSchedule() {
        Flux.fromIterable(works)
                .flatMap(work -> work.count().doOnNext(counts.get(work.kind())::set)
                        .onErrorResume(error -> {
                            log.debug("Counting {} failed; the next round retries: {}", work.kind(), LogText.of(error));
                            return Mono.empty();
                        }))
                .subscribe();
    }

    /** The last counts, by kind (for tests). */
    Map<String, Long> lastCounts() {
        return counts.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().get()));
    }
}
