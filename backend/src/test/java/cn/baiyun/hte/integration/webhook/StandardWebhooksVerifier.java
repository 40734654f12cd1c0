package cn.baiyun.hte.integration.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A receiver's verification written in the test straight from the Standard Webhooks specification
 * (standardwebhooks.com, "Verifying webhooks"), sharing no code with the portal's signing: the signed content is
 * {@code msg_id + "." + timestamp + "." + payload}; the key is the secret without its {@code whsec_} prefix,
 * base64-decoded; the signature is the base64 of its HMAC-SHA256; the header holds space-delimited
 * {@code version,signature} pairs, of which a {@code v1} one must match (compared in constant time); the
 * timestamp must be within the tolerance of now, against replays.
 */
final class StandardWebhooksVerifier {

    private static final Duration TOLERANCE = Duration.ofMinutes(5);

    private StandardWebhooksVerifier() {
    }

    static boolean verifies(String secret, String msgId, String timestamp, String signatureHeader, String payload,
                            Instant now) throws Exception {
        long seconds = Long.parseLong(timestamp);
        if (Math.abs(now.getEpochSecond() - seconds) > TOLERANCE.toSeconds()) {
            return false;
        }
        String base64Key = secret.startsWith("whsec_") ? secret.substring("whsec_".length()) : secret;
        Mac hmac = Mac.getInstance("HmacSHA256");
        hmac.init(new SecretKeySpec(Base64.getDecoder().decode(base64Key), "HmacSHA256"));
        byte[] expected = hmac.doFinal((msgId + "." + timestamp + "." + payload).getBytes(StandardCharsets.UTF_8));
        for (String versioned : signatureHeader.split(" ")) {
            String[] parts = versioned.split(",", 2);
            if (parts.length == 2 && parts[0].equals("v1")
                    && MessageDigest.isEqual(expected, Base64.getDecoder().decode(parts[1]))) {
                return true;
            }
        }
        return false;
    }
}
