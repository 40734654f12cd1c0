package cn.baiyun.hte.referral;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import cn.baiyun.hte.platform.error.LogText;
import cn.baiyun.hte.platform.lease.Leases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Ends the imports whose process died: an import runs in the background of the replica that took the upload,
 * from a temporary copy of the file, so a restart (or a replica gone) leaves it showing RUNNING with a heartbeat
 * that no longer moves, and nothing could take it up again (the copy went with the process). Once its heartbeat
 * is older than {@code hte.referrals.import.stale-after} (well above the longest batch,
 * {@link ReferralImports#BATCH_TIMEOUT}, so a live import is never ended) it is shown failed with the reason
 * {@value #REASON}: its rows imported so far stay, and the officer uploads the list again (those rows then show
 * as duplicates). Runs on every replica's schedule, but only the holder of the {@code referral-import-watch}
 * lease works, once per interval across replicas; the first pass comes one interval after start-up.
 */
@Component
class InterruptedImports {

    static final String REASON = "referral.import.interrupted";
    private static final Logger log = LoggerFactory.getLogger(InterruptedImports.class);
    private static final Duration LEASE = Duration.ofMinutes(1);

    private final ReactiveMongoTemplate mongo;
    private final Leases leases;
    private final Clock clock;
    private final Duration staleAfter;
    private final Duration interval;

    InterruptedImports(ReactiveMongoTemplate mongo, Leases leases, Clock clock,
                       @Value("${hte.referrals.import.stale-after:PT10M}") Duration staleAfter,
                       @Value("${hte.referrals.import.watch-interval:PT1M}") Duration interval) {
        if (staleAfter.compareTo(ReferralImports.BATCH_TIMEOUT) <= 0) {
            throw new IllegalArgumentException("hte.referrals.import.stale-after must be longer than a batch may take ("
                    + ReferralImports.BATCH_TIMEOUT + ")");
        }
        this.mongo = mongo;
        this.leases = leases;
        this.clock = clock;
        this.staleAfter = staleAfter;
        this.interval = interval;
    }

    @Scheduled(fixedDelayString = "${hte.referrals.import.watch-interval:PT1M}",
            initialDelayString = "${hte.referrals.import.watch-interval:PT1M}")
    void failOnSchedule() {
        leases.runOncePer("referral-import-watch", interval, LEASE, lease -> failStale(Instant.now(clock)))
                .subscribe(failed -> {
                    if (failed > 0) {
                        log.warn("{} referral imports stopped reporting and are shown failed; their officers upload "
                                + "the lists again", failed);
                    }
                }, error -> log.warn("Looking for interrupted referral imports failed; the next look retries",
                        LogText.encoded(error)));
    }

    /**
     * Fails every import still shown running whose last heartbeat is older than the staleness at {@code now}; one
     * stored before imports had a heartbeat counts from its start.
     */
    Mono<Long> failStale(Instant now) {
        Instant before = now.minus(staleAfter);
        Query stale = Query.query(Criteria.where("state").is(ReferralImport.State.RUNNING).orOperator(
                Criteria.where("heartbeatAt").lt(before),
                Criteria.where("heartbeatAt").is(null).and("startedAt").lt(before)));
        return mongo.updateMulti(stale, new Update().set("state", ReferralImport.State.FAILED).set("failure", REASON)
                        .set("finishedAt", now), ReferralImport.class)
                .map(result -> result.getModifiedCount());
    }
}
