package cn.baiyun.hte.integration.webhook;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One event for one subscription: the message a worker sends until the endpoint takes it or the attempts run
 * out. At most one per event and subscription (a unique index), so an event the outbox delivers again makes no
 * second message. Its id is the message's {@code webhook-id}, the same on every attempt and replay, so that a
 * receiver can tell a message it has already handled. A worker claims it ({@link WebhookWorker}) until
 * {@code claimedUntil}; a worker that died lets the claim run out and another takes the delivery up.
 *
 * @param body             the JSON sent, made once, so that every attempt sends the same bytes
 * @param attempts         attempts since it was made or last replayed
 * @param lastResponseCode the HTTP status of the last answer; {@code null} when none came (timeout, refused)
 * @param lastFailure      what kind of failure the last attempt was; {@code null} after a success
 * @param lastError        why the last attempt failed, in the HTTP client's words, for the delivery log
 */
@Document(WebhookDelivery.COLLECTION)
@CompoundIndex(name = "once_per_event", def = "{'eventId': 1, 'subscriptionId': 1}", unique = true)
@CompoundIndex(name = "due", def = "{'status': 1, 'nextAttemptAt': 1}")
@CompoundIndex(name = "claimed", def = "{'status': 1, 'claimedUntil': 1}")
@CompoundIndex(name = "by_subscription_newest", def = "{'subscriptionId': 1, '_id': -1}")
record WebhookDelivery(@Id String id, String subscriptionId, String eventId, WebhookEventType eventType, String body,
                       Status status, int attempts, Instant createdAt, Instant nextAttemptAt, String claimedBy,
                       Instant claimedUntil, Instant lastAttemptAt, Integer lastResponseCode, Failure lastFailure,
                       String lastError,
                       Instant deliveredAt, int replays) {

    static final String COLLECTION = "webhookDeliveries";

    enum Status {
        /** Waiting for its first attempt or its next, at {@code nextAttemptAt}. */
        PENDING,
        /** A worker holds it until {@code claimedUntil}. */
        SENDING,
        /** The endpoint answered 2xx. */
        DELIVERED,
        /** Given up: the attempts ran out, or its subscription is disabled. A replay sends it again. */
        FAILED
    }

    static WebhookDelivery of(String id, WebhookSubscription subscription, WebhookEvent event, String body, Instant now) {
        return new WebhookDelivery(id, subscription.id(), event.eventId(), event.type(), body, Status.PENDING, 0, now,
                now, null, null, null, null, null, null, null, 0);
    }
}
