package cn.baiyun.hte.integration.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import cn.baiyun.hte.integration.webhook.WebhookSender.Outcome;
import cn.baiyun.hte.platform.error.LogText;
import cn.baiyun.hte.platform.events.EventHeader;
import cn.baiyun.hte.platform.events.Outbox;
import cn.baiyun.hte.platform.lease.WorkClaims;
import cn.baiyun.hte.platform.lease.WorkClaims.Claim;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Sends the due deliveries. Every replica runs it; each delivery is claimed through {@link WorkClaims} (the lease
 * technique of {@code platform/lease} per delivery): while a claim is held no other worker can take it, so no message goes out twice at once. A worker
 * that dies holding one lets the claim run out and another sends it: at least once, never lost.
 *
 * <p>A round looks at up to {@link WebhookSettings#batch()} due deliveries and sends at most
 * {@link WebhookSettings#inFlight()} at once; the scheduler's thread only starts the round (the HTTP calls and
 * database writes are non-blocking), and a round still running when the next is due makes the next one wait.
 * A failed attempt is retried after {@link WebhookSettings#backoff}; after the last the delivery is failed, and
 * a subscription whose deliveries failed {@link WebhookSettings#disableAfter()} times in a row is disabled
 * ({@link WebhookDisabled}).
 */
@Component
class WebhookWorker {

    private static final Logger log = LoggerFactory.getLogger(WebhookWorker.class);

    private final ReactiveMongoTemplate mongo;
    private final WebhookSender sender;
    private final Outbox outbox;
    private final WebhookSettings settings;
    private final Clock clock;
    private final WorkClaims<WebhookDelivery> claims;
    private final AtomicBoolean running = new AtomicBoolean();

    WebhookWorker(ReactiveMongoTemplate mongo, WebhookSender sender, Outbox outbox, WebhookSettings settings,
                  Clock clock) {
        this.mongo = mongo;
        this.sender = sender;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
        this.claims = new WorkClaims<>(mongo, WebhookDelivery.class, settings.claimFor(), "webhook-worker", clock);
    }

    @Scheduled(fixedDelayString = "${hte.webhooks.poll-interval:PT5S}",
            initialDelayString = "${hte.webhooks.poll-interval:PT5S}")
    void deliverOnSchedule() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        deliverDue().doFinally(signal -> running.set(false)).subscribe(delivered -> {
            if (delivered > 0) {
                log.info("Delivered {} webhook messages", delivered);
            }
        }, error -> log.warn("Delivering webhooks failed; the next round retries", LogText.encoded(error)));
    }

    /** Claims and sends the deliveries due now, a few at once; answers how many were delivered. */
    Mono<Long> deliverDue() {
        return claims.dueIds(settings.batch())
                .flatMap(id -> claim(id).flatMap(this::deliver), settings.inFlight())
                .filter(Boolean::booleanValue)
                .count();
    }

    /** The delivery, now held by this worker until its claim runs out; empty when another worker holds it. */
    Mono<Claim<WebhookDelivery>> claim(String deliveryId) {
        return claims.claim(deliveryId);
    }

    /**
     * Sends a claimed delivery; true when the endpoint took it. A delivery whose subscription is gone is
     * dropped; one whose subscription is disabled is failed without an attempt (a replay sends it later).
     */
    Mono<Boolean> deliver(Claim<WebhookDelivery> claim) {
        return mongo.findById(claim.work().subscriptionId(), WebhookSubscription.class)
                .flatMap(subscription -> subscription.enabled() ? attempt(claim, subscription)
                        : release(claim, new Update().set("status", WebhookDelivery.Status.FAILED)
                        .set("lastFailure", Failure.DISABLED).set("lastError", "The subscription is disabled"))
                        .thenReturn(false))
                .switchIfEmpty(Mono.defer(() -> claims.remove(claim).thenReturn(false)));
    }

    private Mono<Boolean> attempt(Claim<WebhookDelivery> claim, WebhookSubscription subscription) {
        Instant now = Instant.now(clock);
        return sender.send(subscription, claim.work(), now).flatMap(outcome -> {
            int attempts = claim.work().attempts() + 1;
            Update update = new Update().set("attempts", attempts).set("lastAttemptAt", now)
                    .set("lastResponseCode", outcome.status()).set("lastFailure", outcome.failure())
                    .set("lastError", outcome.error());
            if (outcome.delivered()) {
                return release(claim, update.set("status", WebhookDelivery.Status.DELIVERED)
                        .set("deliveredAt", Instant.now(clock)))
                        .flatMap(held -> forgiveFailures(subscription).thenReturn(held));
            }
            if (attempts < settings.maxAttempts()) {
                log.info("Webhook delivery {} failed (attempt {}), retried later: {}", claim.id(), attempts,
                        LogText.of(outcome.error()));
                return release(claim, update.set("status", WebhookDelivery.Status.PENDING)
                        .set("nextAttemptAt", now.plus(settings.backoff(attempts)))).thenReturn(false);
            }
            log.warn("Gave up webhook delivery {} after {} attempts: {}", claim.id(), attempts,
                    LogText.of(outcome.error()));
            return release(claim, update.set("status", WebhookDelivery.Status.FAILED))
                    .flatMap(held -> held ? failedForGood(subscription) : Mono.empty())
                    .thenReturn(false);
        });
    }

    /** Records the outcome and gives the claim up; false when the claim ran out and another worker took it. */
    private Mono<Boolean> release(Claim<WebhookDelivery> claim, Update outcome) {
        return claims.release(claim, outcome);
    }

    private Mono<Void> forgiveFailures(WebhookSubscription subscription) {
        Query failing = Query.query(Criteria.where("_id").is(subscription.id()).and("failuresInRow").gt(0));
        return mongo.updateFirst(failing, new Update().set("failuresInRow", 0), WebhookSubscription.class).then();
    }

    /**
     * Counts a delivery that failed for good against its subscription and disables the subscription at the
     * limit, with the event that tells its owner. Both are conditional single-document updates, so two workers
     * failing deliveries of the same subscription at once count both and disable it once.
     */
    private Mono<Void> failedForGood(WebhookSubscription subscription) {
        Query enabled = Query.query(Criteria.where("_id").is(subscription.id()).and("enabled").is(true));
        return mongo.findAndModify(enabled, new Update().inc("failuresInRow", 1),
                        FindAndModifyOptions.options().returnNew(true), WebhookSubscription.class)
                .filter(counted -> counted.failuresInRow() >= settings.disableAfter())
                .flatMap(counted -> {
                    Instant now = Instant.now(clock);
                    EventHeader header = new EventHeader(new ObjectId().toHexString(), WebhookDisabled.TYPE, now,
                            "system", "系统 / System", "webhook", counted.id(), counted.subscriber().firmId());
                    log.warn("Disabled webhook subscription {} after {} failed deliveries in a row", counted.id(),
                            counted.failuresInRow());
                    return outbox.update(Query.query(Criteria.where("_id").is(counted.id()).and("enabled").is(true)),
                            new Update().set("enabled", false)
                                    .set("disabledReason", WebhookSubscription.DisabledReason.FAILING)
                                    .set("disabledAt", now).inc("version", 1),
                            WebhookSubscription.class, new WebhookDisabled(header, counted.url(), counted.failuresInRow()));
                })
                .then();
    }

}
