package cn.baiyun.hte.integration.webhook;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One entry of a subscription's delivery log.
 *
 * @param id               also the message's {@code webhook-id}
 * @param attempts         attempts since it was made or last replayed
 * @param nextAttemptAt    when it is tried next, while pending
 * @param lastResponseCode the endpoint's HTTP status at the last attempt; absent when no answer came
 * @param lastFailure      what kind of failure the last attempt was; absent after a success
 * @param lastError        the last failure in the HTTP client's words
 */
@Schema(description = "A webhook message to one subscription and how its delivery went")
record DeliveryResource(
        @Schema(example = "6751a0c2e4b0a1b2c3d4e5f7") String id,
        @Schema(example = "6751a0c2e4b0a1b2c3d4e5f0") String eventId,
        @Schema(example = "filing.submitted") String eventType,
        @Schema(allowableValues = {"PENDING", "SENDING", "DELIVERED", "FAILED"}) String status,
        int attempts, int replays, Instant createdAt, Instant nextAttemptAt, Instant lastAttemptAt,
        @Schema(example = "500") Integer lastResponseCode,
        @Schema(allowableValues = {"STATUS", "TIMEOUT", "CONNECTION", "DISABLED"}) String lastFailure,
        @Schema(example = "HTTP 500") String lastError, Instant deliveredAt) {

    static DeliveryResource of(WebhookDelivery delivery) {
        boolean waiting = delivery.status() == WebhookDelivery.Status.PENDING;
        return new DeliveryResource(delivery.id(), delivery.eventId(), delivery.eventType().code(),
                delivery.status().name(), delivery.attempts(), delivery.replays(), delivery.createdAt(),
                waiting ? delivery.nextAttemptAt() : null, delivery.lastAttemptAt(), delivery.lastResponseCode(),
                delivery.lastFailure() == null ? null : delivery.lastFailure().name(), delivery.lastError(),
                delivery.deliveredAt());
    }
}
