package cn.baiyun.hte.notification;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A notice to be mailed, kept as a document so that a restart loses none. Its id is the notice's. A worker
 * claims it with one conditional update ({@link MailWorker}); the claim runs out at {@code claimedUntil}, so a
 * job whose worker died is taken up again.
 *
 * @param attempts  sending attempts made so far
 * @param lastError why the last attempt failed, for the operator
 */
@Document(MailJob.COLLECTION)
@CompoundIndex(name = "due", def = "{'status': 1, 'nextAttemptAt': 1}")
@CompoundIndex(name = "claimed", def = "{'status': 1, 'claimedUntil': 1}")
@CompoundIndex(name = "by_user", def = "{'userId': 1, 'status': 1}")
@CompoundIndex(name = "finished", def = "{'status': 1, 'createdAt': 1}")
record MailJob(@Id String id, String userId, Status status, int attempts, Instant createdAt, Instant nextAttemptAt,
               String claimedBy, Instant claimedUntil, Instant sentAt, String lastError) {

    static final String COLLECTION = "noticeMails";

    enum Status {
        /** Waiting to be sent, or sent again after a failure, at {@code nextAttemptAt}. */
        PENDING,
        /** A worker holds it until {@code claimedUntil}. */
        SENDING,
        /** Its reader's address is not known yet: released when they sign in. */
        AWAITING_ADDRESS,
        SENT,
        /** Given up after the last attempt. */
        FAILED
    }

    static MailJob of(Notice notice, Instant now) {
        return new MailJob(notice.id(), notice.userId(), Status.PENDING, 0, now, now, null, null, null, null);
    }
}
