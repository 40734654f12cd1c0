package cn.baiyun.hte.integration.webhook;

import java.time.Instant;
import java.util.List;

import cn.baiyun.hte.platform.events.WithOutbox;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An endpoint that is sent the events of the chosen types its subscriber may receive. Its changes carry their
 * events (created, changed, disabled after failing, deleted) for the audit trail, and the owner of one disabled
 * for failing is told ({@link WebhookDisabled}).
 *
 * @param secret        the signing secret ({@code whsec_…}), never shown again after the subscription was made
 * @param failuresInRow deliveries in a row that failed for good; one delivered sets it back to 0, and at
 *                      {@link WebhookSettings#disableAfter()} the subscription is disabled
 * @param disabledReason why it receives nothing at the moment; {@code null} while enabled
 */
@Document(WebhookSubscription.COLLECTION)
@WithOutbox
@CompoundIndex(name = "by_event_type", def = "{'eventTypes': 1, 'enabled': 1}")
@CompoundIndex(name = "by_subscriber", def = "{'subscriber.userId': 1, '_id': 1}")
record WebhookSubscription(@Id String id, String url, String description, List<WebhookEventType> eventTypes,
                           Subscriber subscriber, String secret, boolean enabled, DisabledReason disabledReason,
                           Instant disabledAt, int failuresInRow, Instant createdAt, Instant updatedAt,
                           @Version Long version) {

    static final String COLLECTION = "webhookSubscriptions";

    enum DisabledReason {
        /** Its owner or an admin turned it off. */
        BY_OWNER,
        /** {@link WebhookSettings#disableAfter()} deliveries in a row failed. */
        FAILING
    }

    WebhookSubscription {
        eventTypes = List.copyOf(eventTypes);
    }

    WebhookSecret signingSecret() {
        return new WebhookSecret(secret);
    }

    /** The same subscription with what its owner changed; enabling again forgives the failures. */
    WebhookSubscription changed(WebhookRules.Checked request, Subscriber by, boolean enable, Instant now) {
        boolean disable = !enable;
        return new WebhookSubscription(id, request.url(), request.description(), request.eventTypes(), by, secret,
                enable, disable ? (enabled ? DisabledReason.BY_OWNER : disabledReason) : null,
                disable ? (enabled ? now : disabledAt) : null, enable ? 0 : failuresInRow, createdAt, now, version);
    }
}
