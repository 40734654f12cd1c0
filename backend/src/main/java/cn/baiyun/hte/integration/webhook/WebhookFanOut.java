package cn.baiyun.hte.integration.webhook;

import java.time.Clock;
import java.time.Instant;

import cn.baiyun.hte.platform.events.DomainEvent;
import cn.baiyun.hte.platform.events.DomainEventListener;
import org.bson.types.ObjectId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns each domain event that subscribers can choose into one delivery per enabled subscription of its type
 * whose subscriber may receive it ({@link Subscriber#receives}).
 *
 * <p><b>Why deliveries are a guaranteed follow-up, not part of the change's own update.</b> A delivery is a
 * document per subscription, and the portal writes no multi-document transactions, so it cannot share the single
 * update of the filing, pool entry or registration that changed. That update carries the domain event instead
 * (the outbox of {@code platform/events}); this listener runs when the event is delivered, right after the
 * change, or after a crash or a failure here by the outbox sweeper, which keeps the event in the changed document
 * until every listener has finished. Delivery is at least once, and a unique index on (event, subscription)
 * makes a second delivery of the same event add nothing and complete a first one that failed half-way: no event
 * is lost, none is sent twice by this step. Subscriptions are those of the moment the event is delivered.
 */
@Component
class WebhookFanOut implements DomainEventListener {

    private final ReactiveMongoTemplate mongo;
    private final JsonMapper json;
    private final Clock clock;

    WebhookFanOut(ReactiveMongoTemplate mongo, JsonMapper json, Clock clock) {
        this.mongo = mongo;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public Mono<Void> on(DomainEvent event) {
        return WebhookEvent.of(event).map(this::fanOut).orElseGet(Mono::empty);
    }

    private Mono<Void> fanOut(WebhookEvent event) {
        Query subscribed = Query.query(Criteria.where("eventTypes").is(event.type()).and("enabled").is(true));
        return mongo.find(subscribed, WebhookSubscription.class)
                .filter(subscription -> subscription.subscriber().receives(event))
                .concatMap(subscription -> insertOnce(WebhookDelivery.of(new ObjectId().toHexString(), subscription,
                        event, WebhookPayload.of(event).json(json), Instant.now(clock))))
                .then();
    }

    private Mono<Void> insertOnce(WebhookDelivery delivery) {
        return mongo.insert(delivery).then().onErrorResume(DuplicateKeyException.class, made -> Mono.empty());
    }
}
