package cn.baiyun.hte.integration.webhook;

import java.util.List;

import cn.baiyun.hte.platform.security.PortalUser;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
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

    private final WebhookService webhooks;

    WebhookRegistrations(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    /** Registers {@code url} for the event types (their codes, e.g. {@code filing.submitted}) on behalf of {@code user}. */
    public Mono<Registered> register(PortalUser user, String url, String description, List<String> eventTypes) {
        return webhooks.create(user, new WebhookRequest(url, description, eventTypes, null))
                .map(subscription -> new Registered(subscription.id(), subscription.secret()));
    }
}
