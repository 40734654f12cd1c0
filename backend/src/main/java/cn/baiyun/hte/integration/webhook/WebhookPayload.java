package cn.baiyun.hte.integration.webhook;

import java.time.Instant;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * The body of a webhook message, in the shape the Standard Webhooks specification recommends: the event type,
 * when it happened, and its data.
 */
record WebhookPayload(String type, Instant timestamp, Map<String, Object> data) {

    static WebhookPayload of(WebhookEvent event) {
        return new WebhookPayload(event.type().code(), event.occurredAt(), event.data());
    }

    String json(JsonMapper mapper) {
        return mapper.writeValueAsString(this);
    }
}
