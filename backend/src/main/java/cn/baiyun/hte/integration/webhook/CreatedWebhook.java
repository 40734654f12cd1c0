package cn.baiyun.hte.integration.webhook;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A new subscription and its signing secret: the one answer that shows the secret. The subscriber keeps it to
 * verify each message's {@code webhook-signature}; the portal never shows it again.
 */
@Schema(description = "A new webhook subscription and its signing secret, shown this once")
record CreatedWebhook(WebhookResource subscription,
                      @Schema(example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", description = "The signing secret "
                              + "(Standard Webhooks): whsec_ followed by the base64 of the key bytes") String secret) {

    static CreatedWebhook of(WebhookSubscription subscription) {
        return new CreatedWebhook(WebhookResource.of(subscription), subscription.secret());
    }
}
