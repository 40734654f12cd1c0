package cn.baiyun.hte.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import cn.baiyun.hte.platform.error.LogText;
import cn.baiyun.hte.platform.lease.Leases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Deletes what nobody needs any more, so the notices and the mail jobs do not grow for ever: mail jobs sent or
 * given up longer ago than their retention, and notices read longer ago than theirs ({@link NoticeRetention}).
 * Each deletion is one indexed query ({@link MailJob}'s {@code finished}, {@link Notice}'s {@code read}); run
 * by one replica at a time, the holder of the {@code notice-purge} lease, though two at once would only
 * delete the same documents.
 */
@Component
class NoticePurge {

    private static final Duration LEASE = Duration.ofMinutes(10);
    private static final Logger log = LoggerFactory.getLogger(NoticePurge.class);

    /** What one purge deleted. */
    record Purged(long mailJobs, long notices) {
    }

    private final ReactiveMongoTemplate mongo;
    private final Leases leases;
    private final NoticeRetention retention;
    private final Clock clock;

    NoticePurge(ReactiveMongoTemplate mongo, Leases leases, NoticeRetention retention, Clock clock) {
        this.mongo = mongo;
        this.leases = leases;
        this.retention = retention;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${hte.notification.retention.interval:PT6H}",
            initialDelayString = "${hte.notification.retention.interval:PT6H}")
    void purgeOnSchedule() {
        purge().subscribe(purged -> {
            if (purged.mailJobs() + purged.notices() > 0) {
                log.info("Purged {} finished mail jobs and {} read notices", purged.mailJobs(), purged.notices());
            }
        }, error -> log.warn("Purging notices failed; the next run retries", LogText.encoded(error)));
    }

    /** The purge, once per interval by the holder of the lease; nothing (empty) while another replica holds it. */
    Mono<Purged> purge() {
        return leases.runOncePer("notice-purge", retention.interval(), LEASE, lease -> purgeNow());
    }

    private Mono<Purged> purgeNow() {
        Instant now = Instant.now(clock);
        Query finished = Query.query(Criteria.where("status").in(MailJob.Status.SENT, MailJob.Status.FAILED)
                .and("createdAt").lt(now.minus(retention.mailJobs())));
        Query read = Query.query(Criteria.where("readAt").lt(now.minus(retention.readNotices())));
        return mongo.remove(finished, MailJob.class).zipWith(mongo.remove(read, Notice.class))
                .map(removed -> new Purged(removed.getT1().getDeletedCount(), removed.getT2().getDeletedCount()));
    }
}
