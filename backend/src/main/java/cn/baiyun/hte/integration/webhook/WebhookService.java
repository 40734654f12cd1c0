package cn.baiyun.hte.integration.webhook;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cn.baiyun.hte.enterprise.EnterpriseService;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.events.EventHeader;
import cn.baiyun.hte.platform.events.FieldChange;
import cn.baiyun.hte.platform.events.Outbox;
import cn.baiyun.hte.platform.mongo.CursorPaging;
import cn.baiyun.hte.platform.paging.PageOf;
import cn.baiyun.hte.platform.paging.PageRequest;
import cn.baiyun.hte.platform.paging.PageSize;
import cn.baiyun.hte.platform.security.PortalUser;
import org.bson.types.ObjectId;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Webhook subscriptions and their delivery logs, for admins (all of them) and clients holding
 * {@value cn.baiyun.hte.platform.security.Scopes#WEBHOOKS_MANAGE} (their own; another's answers 404 as one that does not exist). Every change
 * of a subscription is written with its event for the audit trail.
 */
@Service
class WebhookService {

    static final PageSize SUBSCRIPTIONS = new PageSize(20, 100);
    static final PageSize DELIVERIES = new PageSize(20, 100);

    private final ReactiveMongoTemplate mongo;
    private final Outbox outbox;
    private final Clock clock;
    private final EnterpriseService enterprises;
    private final SecureRandom random = new SecureRandom();

    WebhookService(ReactiveMongoTemplate mongo, Outbox outbox, Clock clock, EnterpriseService enterprises) {
        this.mongo = mongo;
        this.enterprises = enterprises;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A new subscription with its fresh secret, which is shown this once. */
    Mono<WebhookSubscription> create(PortalUser user, WebhookRequest request) {
        return subscriber(user).flatMap(subscriber -> {
            WebhookRules.Checked checked = WebhookRules.check(request, subscriber);
            return Mono.fromCallable(() -> WebhookSecret.generate(random))
                    .subscribeOn(Schedulers.boundedElastic())
                    .flatMap(secret -> {
                        Instant now = Instant.now(clock);
                        WebhookSubscription made = new WebhookSubscription(null, checked.url(), checked.description(),
                                checked.eventTypes(), subscriber, secret.value(), true, null, null, 0, now, now, null);
                        return outbox.insert(made, stored -> new WebhookChanged(header(WebhookChanged.CREATED, user, stored),
                                List.of(new FieldChange("webhookUrl", null, stored.url()),
                                        new FieldChange("webhookEventTypes", null, codes(stored)))));
                    });
        });
    }

    /** The caller's subscriptions (every one for admins) in the order they were made, a page at a time. */
    Mono<PageOf<WebhookSubscription>> page(PortalUser user, Integer limit, String cursor) {
        return Mono.fromCallable(() -> WebhookAccess.visible(user))
                .flatMap(visible -> PageRequest.checked(limit, cursor, SUBSCRIPTIONS)
                        .flatMap(page -> CursorPaging.page(mongo, visible, WebhookSubscription.class, page,
                                WebhookSubscription::id)));
    }

    Mono<WebhookSubscription> find(PortalUser user, String id) {
        return Mono.fromCallable(() -> WebhookAccess.visible(user))
                .flatMap(visible -> ObjectId.isValid(id)
                        ? mongo.findOne(Query.query(new Criteria().andOperator(visible, Criteria.where("_id").is(id))),
                        WebhookSubscription.class)
                        : Mono.empty())
                .switchIfEmpty(Mono.error(PortalException::notFound));
    }

    /**
     * Changes where and what a subscription receives, or turns it off or on again. A client changing its own
     * subscription brings its token's current scopes and bindings to it; an admin changing a client's keeps the
     * client's, so an admin never widens what a client receives.
     */
    Mono<WebhookSubscription> update(PortalUser user, String id, WebhookRequest request) {
        return find(user, id).flatMap(stored -> ownerOrKept(user, stored).flatMap(subscriber -> {
            WebhookRules.Checked checked = WebhookRules.check(request, subscriber);
            boolean enable = request.enabled() == null ? stored.enabled() : request.enabled();
            WebhookSubscription changed = stored.changed(checked, subscriber, enable, Instant.now(clock));
            return outbox.save(changed, saved -> new WebhookChanged(header(WebhookChanged.UPDATED, user, saved),
                            changes(stored, saved)))
                    .onErrorMap(OptimisticLockingFailureException.class, e -> PortalException.conflict("webhook.changed-meanwhile"));
        }));
    }

    /** Turns a subscription off or on again, nothing else changed. */
    Mono<WebhookSubscription> setEnabled(PortalUser user, String id, boolean enabled) {
        return find(user, id).flatMap(stored -> update(user, id, new WebhookRequest(stored.url(), stored.description(),
                stored.eventTypes().stream().map(WebhookEventType::code).toList(), enabled)));
    }

    Mono<Void> delete(PortalUser user, String id) {
        return find(user, id).flatMap(stored -> outbox.delete(WebhookSubscription.class, stored.id(), stored.version(),
                        new WebhookChanged(header(WebhookChanged.DELETED, user, stored),
                                List.of(new FieldChange("webhookUrl", stored.url(), null))))
                .flatMap(deleted -> deleted
                        ? mongo.remove(Query.query(Criteria.where("subscriptionId").is(stored.id())), WebhookDelivery.class)
                        .then()
                        : Mono.error(PortalException.conflict("webhook.changed-meanwhile"))));
    }

    /** A subscription's deliveries, newest first, a page at a time. */
    Mono<PageOf<WebhookDelivery>> deliveries(PortalUser user, String id, Integer limit, String cursor) {
        return find(user, id).flatMap(subscription -> PageRequest.checked(limit, cursor, DELIVERIES).flatMap(page -> {
            Criteria ofSubscription = Criteria.where("subscriptionId").is(subscription.id());
            Criteria criteria = page.cursor() == null ? ofSubscription
                    : new Criteria().andOperator(ofSubscription, Criteria.where("_id").lt(new ObjectId(page.cursor())));
            Query query = Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "_id")).limit(page.limit() + 1);
            return mongo.find(query, WebhookDelivery.class).collectList()
                    .map(found -> PageOf.ofFetched(found, page, WebhookDelivery::id));
        }));
    }

    /**
     * Sends a delivered or failed message again, with the same {@code webhook-id} (it is the same message), as
     * soon as a worker is free; its attempts count from zero. Not while it is still being tried (409), nor for a
     * disabled subscription (409: turn it on first).
     */
    Mono<WebhookDelivery> replay(PortalUser user, String id, String deliveryId) {
        return find(user, id).flatMap(subscription -> {
            if (!subscription.enabled()) {
                return Mono.error(PortalException.conflict("webhook.replay.disabled"));
            }
            Criteria ofSubscription = Criteria.where("_id").is(deliveryId).and("subscriptionId").is(subscription.id());
            Query finished = Query.query(Criteria.where("_id").is(deliveryId).and("subscriptionId").is(subscription.id())
                    .and("status").in(WebhookDelivery.Status.DELIVERED, WebhookDelivery.Status.FAILED));
            Update again = new Update().set("status", WebhookDelivery.Status.PENDING).set("attempts", 0)
                    .set("nextAttemptAt", Instant.now(clock)).inc("replays", 1);
            return mongo.findAndModify(finished, again, FindAndModifyOptions.options().returnNew(true), WebhookDelivery.class)
                    .switchIfEmpty(Mono.defer(() -> mongo.exists(Query.query(ofSubscription), WebhookDelivery.class)
                            .flatMap(exists -> Mono.error(exists ? PortalException.conflict("webhook.replay.in-progress")
                                    : PortalException.notFound()))));
        });
    }

    /**
     * The caller as a subscriber; 403 for those who manage no webhooks. A client bound to a firm is bound to that firm's id; one whose firm the portal
     * does not know may not subscribe at all, since an unbound subscriber would receive every firm's events.
     */
    private Mono<Subscriber> subscriber(PortalUser user) {
        return Mono.fromRunnable(() -> WebhookAccess.requireManager(user)).then(Mono.defer(() -> {
            if (!user.boundToFirm()) {
                return Mono.just(Subscriber.of(user, null));
            }
            return enterprises.firmsOf(user).next().map(firm -> Subscriber.of(user, firm.id()))
                    .switchIfEmpty(Mono.error(PortalException.forbidden()));
        }));
    }

    private Mono<Subscriber> ownerOrKept(PortalUser user, WebhookSubscription stored) {
        return stored.subscriber().userId().equals(user.id()) ? subscriber(user) : Mono.just(stored.subscriber());
    }

    private EventHeader header(String type, PortalUser actor, WebhookSubscription subscription) {
        return EventHeader.of(type, actor, "webhook", subscription.id(), null, clock);
    }

    private static List<FieldChange> changes(WebhookSubscription before, WebhookSubscription after) {
        List<FieldChange> changes = new ArrayList<>();
        if (!before.url().equals(after.url())) {
            changes.add(new FieldChange("webhookUrl", before.url(), after.url()));
        }
        if (!before.eventTypes().equals(after.eventTypes())) {
            changes.add(new FieldChange("webhookEventTypes", codes(before), codes(after)));
        }
        if (before.enabled() != after.enabled()) {
            changes.add(new FieldChange("webhookEnabled", String.valueOf(before.enabled()), String.valueOf(after.enabled())));
        }
        if (!Objects.equals(before.description(), after.description())) {
            changes.add(new FieldChange("webhookDescription", before.description(), after.description()));
        }
        return changes;
    }

    private static String codes(WebhookSubscription subscription) {
        return String.join(", ", subscription.eventTypes().stream().map(WebhookEventType::code).toList());
    }
}
