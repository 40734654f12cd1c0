package cn.baiyun.hte.demo;

import java.util.List;
import java.util.Set;

import cn.baiyun.hte.integration.webhook.WebhookRegistrations;
import cn.baiyun.hte.platform.security.PortalRole;
import cn.baiyun.hte.platform.security.PortalUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The demo's webhook subscription, so that {@code /admin/webhooks} shows the feature at work: the admin (陈运维)
 * registered the portal's own demo receiver ({@link DemoWebhookInbox}) for filings and referrals, just before the
 * referrals' follow-up of the demo data, whose status changes are then its first deliveries; a firm submitting a
 * filing adds the next. The receiver verifies with the secret of every subscription posting to it, this one's and
 * any an admin registers for it on the page.
 *
 * <p>The receiver is this portal at the port it listens on. A run without a web server (the demo data's tests on
 * a mock server) has nowhere to deliver to and registers nothing.
 */
@Component
@ConditionalOnBooleanProperty("hte.demo-data.enabled")
class DemoWebhooks {

    static final String DESCRIPTION = "演示用本地接收端：验证签名后应答 204";
    static final List<String> EVENT_TYPES = List.of("filing.submitted", "filing.returned", "filing.accepted",
            "referral.updated");
    static final PortalUser ADMIN = new PortalUser("00000000-0000-4000-8000-000000000003", "admin", "陈运维",
            Set.of(PortalRole.ADMIN), null, Set.of(), false);

    private static final Logger log = LoggerFactory.getLogger(DemoWebhooks.class);

    private final WebhookRegistrations registrations;
    private final Environment environment;

    DemoWebhooks(WebhookRegistrations registrations, Environment environment) {
        this.registrations = registrations;
        this.environment = environment;
    }

    /** Registers the demo receiver when this portal listens on a port; nothing otherwise. */
    Mono<Void> registerInbox() {
        Integer port = environment.getProperty("local.server.port", Integer.class);
        if (port == null) {
            log.info("Demo data: no web server to receive webhooks, so no demo subscription");
            return Mono.empty();
        }
        return registrations.register(ADMIN, "http://127.0.0.1:" + port + DemoWebhookInbox.PATH, DESCRIPTION,
                        EVENT_TYPES)
                .then();
    }

    /** The secrets the receiver verifies with: those of the subscriptions posting to it. */
    Flux<String> secrets() {
        return registrations.loopbackSecrets(DemoWebhookInbox.PATH);
    }
}
