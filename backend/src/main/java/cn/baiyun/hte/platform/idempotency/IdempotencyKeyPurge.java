package cn.baiyun.hte.platform.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import cn.baiyun.hte.platform.lease.Leases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import reactor.core.publisher.Mono;

/**
 * Removes the idempotency keys older than their retention (24 hours), with their answers: the embedded
 * server has no TTL index, so a job does it. Runs on every replica's schedule, but only the holder of the
 * {@code idempotency-key-purge} lease works.
 */
class IdempotencyKeyPurge {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeyPurge.class);
    private static final Duration LEASE = Duration.ofMinutes(10);

    private final IdempotencyKeys keys;
    private final Leases leases;
    private final Clock clock;
    private final IdempotencyProperties properties;
    private final Duration interval;

    IdempotencyKeyPurge(IdempotencyKeys keys, Leases leases, Clock clock, IdempotencyProperties properties,
                        Duration interval) {
        this.interval = interval;
        this.keys = keys;
        this.leases = leases;
        this.clock = clock;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${hte.idempotency.purge-interval:PT1H}",
            initialDelayString = "${hte.idempotency.purge-interval:PT1H}")
    void purgeOnSchedule() {
        purge().subscribe(removed -> {
            if (removed > 0) {
                log.info("Removed {} idempotency keys past their retention", removed);
            }
        }, error -> log.warn("Idempotency key purge failed; the next one retries", error));
    }

    /** Removes the keys past retention, once per interval by the replica that gets the lease; empty when another one holds it. */
    Mono<Long> purge() {
        return leases.runOncePer("idempotency-key-purge", interval, LEASE,
                lease -> keys.removeCreatedBefore(Instant.now(clock).minus(properties.retention())));
    }
}
