package cn.baiyun.hte.integration.webhook;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A subscription as the API shows it: never its secret, which only the answer that made it carries
 * ({@link CreatedWebhook}).
 *
 * @param disabledReason {@code BY_OWNER} or {@code FAILING}; absent while enabled
 * @param failuresInRow  deliveries in a row that failed for good; the subscription is disabled at the limit
 * @param owner          who registered it: an admin, or a client by its service-account name
 */
@Schema(description = "A webhook subscription (without its secret)")
record WebhookResource(
        @Schema(example = "6751a0c2e4b0a1b2c3d4e5f6") String id,
        @Schema(example = "https://erp.example.com/hooks/hte") String url,
        @Schema(example = "财务系统的回调地址") String description,
        @Schema(example = "[\"filing.submitted\", \"filing.accepted\"]") List<String> eventTypes,
        boolean enabled,
        @Schema(allowableValues = {"BY_OWNER", "FAILING"}) String disabledReason,
        Instant disabledAt, int failuresInRow,
        @Schema(example = "service-account-finance-erp") String owner,
        @Schema(allowableValues = {"ADMIN", "CLIENT"}) String ownerKind,
        Instant createdAt, Instant updatedAt) {

    static WebhookResource of(WebhookSubscription subscription) {
        return new WebhookResource(subscription.id(), subscription.url(), subscription.description(),
                subscription.eventTypes().stream().map(WebhookEventType::code).toList(), subscription.enabled(),
                subscription.disabledReason() == null ? null : subscription.disabledReason().name(),
                subscription.disabledAt(), subscription.failuresInRow(), subscription.subscriber().name(),
                subscription.subscriber().kind().name(), subscription.createdAt(), subscription.updatedAt());
    }
}
