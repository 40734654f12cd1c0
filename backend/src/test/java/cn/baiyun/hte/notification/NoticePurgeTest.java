package cn.baiyun.hte.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import cn.baiyun.hte.platform.lease.Lease;
import cn.baiyun.hte.platform.lease.Leases;
import cn.baiyun.hte.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static cn.baiyun.hte.notification.TestNotices.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The purge keeps the notices and the mail jobs from growing for ever: finished mail jobs and read notices
 * past their retention go, whatever is still to be sent or read stays however old, and only the holder of
 * the lease purges. Both deletions are served by an index of their own.
 */
@PortalIntegrationTest
class NoticePurgeTest {

    @Autowired
    NoticePurge purge;
    @Autowired
    NoticeRetention retention;
    @Autowired
    Leases leases;
    @Autowired
    ReactiveMongoTemplate mongo;

    final String reader = "purge-" + UUID.randomUUID();
    final Instant now = Instant.now();

    @Test
    void finishedMailJobsAndReadNoticesPastTheirRetentionGoAndTheRestStays() {
        Instant oldJob = now.minus(retention.mailJobs()).minus(Duration.ofDays(1));
        Instant recentJob = now.minus(retention.mailJobs()).plus(Duration.ofDays(1));
        mongo.insertAll(List.of(
                job("sent-old", MailJob.Status.SENT, oldJob), job("failed-old", MailJob.Status.FAILED, oldJob),
                job("sent-recent", MailJob.Status.SENT, recentJob),
                job("pending-old", MailJob.Status.PENDING, oldJob),
                job("awaiting-old", MailJob.Status.AWAITING_ADDRESS, oldJob),
                job("sending-old", MailJob.Status.SENDING, oldJob))).blockLast(TIMEOUT);
        Instant longAgo = now.minus(retention.readNotices()).minus(Duration.ofDays(1));
        Instant lately = now.minus(retention.readNotices()).plus(Duration.ofDays(1));
        mongo.insertAll(List.of(notice("read-long-ago", longAgo, longAgo), notice("read-lately", longAgo, lately),
                notice("unread-old", longAgo, null))).blockLast(TIMEOUT);

        // Another replica holds the lease: nothing is deleted here.
        Lease held = leases.acquire("notice-purge", Duration.ofMinutes(1)).block(TIMEOUT);
        assertThat(held).isNotNull();
        assertThat(purge.purge().blockOptional(TIMEOUT)).isEmpty();
        assertThat(jobsLeft()).hasSize(6);
        leases.release(held).block(TIMEOUT);

        NoticePurge.Purged purged = purge.purge().block(TIMEOUT);
        assertThat(purged.mailJobs()).isGreaterThanOrEqualTo(2);
        assertThat(purged.notices()).isGreaterThanOrEqualTo(1);
        assertThat(jobsLeft()).containsExactlyInAnyOrder(id("sent-recent"), id("pending-old"), id("awaiting-old"),
                id("sending-old"));
        assertThat(noticesLeft()).containsExactlyInAnyOrder(id("read-lately"), id("unread-old"));
    }

    @Test
    void eachDeletionHasAnIndexLedByItsQuery() {
        assertThat(mongo.indexOps(MailJob.class).getIndexInfo().collectList().block(TIMEOUT))
                .filteredOn(index -> index.getName().equals("finished"))
                .singleElement().extracting(NoticePurgeTest::keys).isEqualTo(List.of("status", "createdAt"));
        assertThat(mongo.indexOps(Notice.class).getIndexInfo().collectList().block(TIMEOUT))
                .filteredOn(index -> index.getName().equals("read"))
                .singleElement().satisfies(index -> {
                    assertThat(keys(index)).isEqualTo(List.of("readAt"));
                    // Unread notices (no readAt) are not in it, so it holds only what may be purged.
                    assertThat(index.isSparse()).isTrue();
                });
    }

    private static List<String> keys(IndexInfo index) {
        return index.getIndexFields().stream().map(field -> field.getKey()).toList();
    }

    private String id(String name) {
        return reader + "-" + name;
    }

    private MailJob job(String name, MailJob.Status status, Instant created) {
        return new MailJob(id(name), reader, status, 0, created, created, null, null,
                status == MailJob.Status.SENT ? created : null, null);
    }

    private Notice notice(String name, Instant created, Instant read) {
        return new Notice(id(name), reader, null, "test.purge", "notice.test", List.of(), "/notices", created, read);
    }

    private List<String> jobsLeft() {
        return mongo.find(Query.query(Criteria.where("userId").is(reader)), MailJob.class).map(MailJob::id)
                .collectList().block(TIMEOUT);
    }

    private List<String> noticesLeft() {
        return mongo.find(Query.query(Criteria.where("userId").is(reader)), Notice.class).map(Notice::id)
                .collectList().block(TIMEOUT);
    }
}
