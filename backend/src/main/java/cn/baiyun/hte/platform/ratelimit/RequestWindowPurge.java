package cn.baiyun.hte.platform.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import cn.baiyun.hte.platform.lease.Leases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import reactor.core.publisher.Mono;

/**
 * Removes the counters of windows that have ended (no TTL index on the embedded server). Runs on every
 * replica's schedule, but only the holder of the {@code rate-limit-window-purge} lease works.
 */
class RequestWindowPurge {

    private static final Logger log = LoggerFactory.getLogger(RequestWindowPurge.class);
    private static final Duration LEASE = Duration.ofMinutes(5);

    private final RequestCounters counters;
    private final Leases leases;
    private final Clock clock;
    private final Duration interval;

    RequestWindowPurge(RequestCounters counters, Leases leases, Clock clock,
                       Duration interval) {
        this.interval = interval;
        this.counters = counters;
        this.leases = leases;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${hte.rate-limits.purge-interval:PT10M}",
            initialDelayString = "${hte.rate-limits.purge-interval:PT10M}")
    void purgeOnSchedule() {
        purge().subscribe(removed -> log.debug("Removed {} ended rate limit windows", removed),
                error -> log.warn("Rate limit window purge failed; the next one retries", error));
    }

    /** Removes the ended windows, once per interval by the replica that gets the lease; empty when another one holds it. */
    Mono<Long> purge() {
        return leases.runOncePer("rate-limit-window-purge", interval, LEASE,
                lease -> counters.removeEndedBefore(Instant.now(clock)));
    }
}
