package cn.baiyun.hte.integration.webhook;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal signs as the Standard Webhooks specification says: it reproduces the specification's published test
 * vector, and a receiver that follows the specification ({@link StandardWebhooksVerifier}, written from its text)
 * accepts what the portal signs and refuses a changed body, another secret or an old timestamp.
 */
class WebhookSignatureTest {

    /** The test vector published with the specification (and its reference libraries' tests). */
    static final String VECTOR_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    static final String VECTOR_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    static final long VECTOR_TIMESTAMP = 1614265330;
    static final String VECTOR_BODY = "{\"test\": 2432232314}";
    static final String VECTOR_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    @Test
    void reproducesThePublishedTestVector() throws Exception {
        assertThat(WebhookSignature.sign(new WebhookSecret(VECTOR_SECRET), VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_BODY))
                .isEqualTo(VECTOR_SIGNATURE);
        assertThat(StandardWebhooksVerifier.verifies(VECTOR_SECRET, VECTOR_ID, String.valueOf(VECTOR_TIMESTAMP),
                VECTOR_SIGNATURE, VECTOR_BODY, Instant.ofEpochSecond(VECTOR_TIMESTAMP))).isTrue();
    }

    @Test
    void aReceiverFollowingTheSpecificationAcceptsWhatThePortalSignsAndNothingElse() throws Exception {
        WebhookSecret secret = WebhookSecret.generate(new SecureRandom());
        Instant now = Instant.parse("2026-12-07T10:00:00Z");
        String body = "{\"type\":\"filing.submitted\",\"data\":{\"fiscalYear\":2025,\"name\":\"贵阳白云智造\"}}";
        String signature = WebhookSignature.sign(secret, "6751a0c2e4b0a1b2c3d4e5f7", now.getEpochSecond(), body);
        String timestamp = String.valueOf(now.getEpochSecond());

        assertThat(StandardWebhooksVerifier.verifies(secret.value(), "6751a0c2e4b0a1b2c3d4e5f7", timestamp, signature,
                body, now)).isTrue();
        assertThat(StandardWebhooksVerifier.verifies(secret.value(), "6751a0c2e4b0a1b2c3d4e5f7", timestamp, signature,
                body.replace("2025", "2024"), now)).as("a changed body").isFalse();
        assertThat(StandardWebhooksVerifier.verifies(secret.value(), "6751a0c2e4b0a1b2c3d4e5f8", timestamp, signature,
                body, now)).as("another message id").isFalse();
        assertThat(StandardWebhooksVerifier.verifies(WebhookSecret.generate(new SecureRandom()).value(),
                "6751a0c2e4b0a1b2c3d4e5f7", timestamp, signature, body, now)).as("another secret").isFalse();
        assertThat(StandardWebhooksVerifier.verifies(secret.value(), "6751a0c2e4b0a1b2c3d4e5f7", timestamp, signature,
                body, now.plusSeconds(600))).as("replayed ten minutes later").isFalse();
    }

    @Test
    void secretsAreWhsecAndTheBase64OfAtLeast24RandomBytes() {
        WebhookSecret one = WebhookSecret.generate(new SecureRandom());
        WebhookSecret other = WebhookSecret.generate(new SecureRandom());

        assertThat(one.value()).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(one.value().substring(6))).hasSizeGreaterThanOrEqualTo(24);
        assertThat(one.key()).hasSizeGreaterThanOrEqualTo(24);
        assertThat(one).isNotEqualTo(other);
    }
}
