package cn.baiyun.hte.integration.webhook;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A subscription as its subscriber asks for it, new or changed; also the register page's form.
 *
 * @param url         where events are posted: HTTPS, or plain HTTP to this machine only (127.0.0.1, localhost, ::1)
 * @param description what the endpoint is, for the people who look after it; optional
 * @param eventTypes  the event types to receive, at least one
 * @param enabled     on a change: false turns the subscription off, true turns it on again (and forgets its
 *                    failures); a new subscription is always on
 */
@Schema(description = "A webhook subscription as the subscriber asks for it")
record WebhookRequest(
        @Schema(example = "https://erp.example.com/hooks/hte", description = "HTTPS; plain HTTP only to 127.0.0.1, "
                + "localhost or ::1") String url,
        @Schema(example = "财务系统的回调地址", description = "What the endpoint is; optional, at most 200 characters")
        String description,
        @ArraySchema(arraySchema = @Schema(example = "[\"filing.submitted\", \"filing.accepted\"]"),
                schema = @Schema(allowableValues = {"filing.submitted", "filing.returned", "filing.accepted",
                        "tier.published", "roadshow.registration.changed", "referral.updated"}))
        List<String> eventTypes,
        @Schema(description = "Only on a change: false turns the subscription off, true on again", example = "true")
        Boolean enabled) {
}
