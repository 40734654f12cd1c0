package cn.baiyun.hte.integration.webhook;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * A subscription's signing secret in the Standard Webhooks form: {@code whsec_} and the base64 of 32 random
 * bytes. Receivers verify with the decoded bytes, as that project's libraries do. Shown to the subscriber once,
 * when the subscription is made; the portal keeps it to sign every delivery.
 */
record WebhookSecret(String value) {

    static final String PREFIX = "whsec_";
    private static final int BYTES = 32;

    /**
     * A fresh secret. {@link SecureRandom} may read the operating system's entropy source, a blocking read:
     * callers make it off the event loop.
     */
    static WebhookSecret generate(SecureRandom random) {
        byte[] key = new byte[BYTES];
        random.nextBytes(key);
        return new WebhookSecret(PREFIX + Base64.getEncoder().encodeToString(key));
    }

    /** The key the signature is computed with: the bytes the secret's base64 part stands for. */
    byte[] key() {
        return Base64.getDecoder().decode(value.substring(PREFIX.length()));
    }
}
