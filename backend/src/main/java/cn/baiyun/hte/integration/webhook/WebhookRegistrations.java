package cn.baiyun.hte.integration.webhook;

import java.util.List;
import java.util.regex.Pattern;

import cn.baiyun.hte.platform.security.PortalUser;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Registering a subscription from another module's code, as an admin on the register page would: the demo
 * data's local receiver. The same rules, the same audit trail, and the secret handed back this once.
 */
@Component
@NamedInterface("registrations")
public class WebhookRegistrations {

    /** A new subscription's id and its signing secret ({@code whsec_…}), which the caller must keep. */
    public record Registered(String id, String secret) {
    }

    /** Plain HTTP to this machine, the only kind of endpoint a receiver served by the portal itself can have. */
    private static final String LOOPBACK = "^http://(127\\.0\\.0\\.1|localhost|\\[::1\\])(:[0-9]+)?";

    private final WebhookService webhooks;
    private final ReactiveMongoTemplate mongo;

    WebhookRegistrations(WebhookService webhooks, ReactiveMongoTemplate mongo) {
        this.webhooks = webhooks;
        this.mongo = mongo;
    }

    /** Registers {@code url} for the event types (their codes, e.g. {@code filing.submitted}) on behalf of {@code user}. */
    public Mono<Registered> register(PortalUser user, String url, String description, List<String> eventTypes) {
        return webhooks.create(user, new WebhookRequest(url, description, eventTypes, null))
                .map(subscription -> new Registered(subscription.id(), subscription.secret()));
    }

    /**
     * The signing secrets of every subscription that posts to {@code path} on this machine. Only for a receiver
     * the portal serves itself (the demo's): an outside receiver is handed its secret by whoever registered it,
     * while one inside the portal would otherwise know only the subscription it made, and answer 401 to one an
     * admin registers for it on the page.
     */
    public Flux<String> loopbackSecrets(String path) {
        Query posting = Query.query(Criteria.where("url").regex(LOOPBACK + Pattern.quote(path) + "$"));
        return mongo.find(posting, WebhookSubscription.class).map(WebhookSubscription::secret);
    }
}
