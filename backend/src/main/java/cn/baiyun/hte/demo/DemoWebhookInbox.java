package cn.baiyun.hte.demo;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The demo's webhook receiver, served by the portal itself and only with the demo data: it does what the
 * "Integrating" guide asks of a receiver, independently of the portal's signing code. It verifies the Standard
 * Webhooks signature (HMAC-SHA256 over {@code id.timestamp.body} with the key bytes of the secret of one of the
 * subscriptions posting here, compared in constant time, a timestamp at most five minutes off) and answers 204;
 * anything else, 401. The messages are not
 * kept: the subscription's delivery log shows what came.
 *
 * <p>The webhook worker posts without a session or a CSRF token, so this one path has a security chain of its
 * own that lets it through; nothing else is served by that chain.
 */
@RestController
@ConditionalOnBooleanProperty("hte.demo-data.enabled")
class DemoWebhookInbox {

    static final String PATH = "/demo/webhook-inbox";
    private static final Duration TOLERANCE = Duration.ofMinutes(5);
    private static final String ALGORITHM = "HmacSHA256";

    private final DemoWebhooks webhooks;
    private final Clock clock;

    DemoWebhookInbox(DemoWebhooks webhooks, Clock clock) {
        this.webhooks = webhooks;
        this.clock = clock;
    }

    @Bean
    @Order(0)
    static SecurityWebFilterChain demoWebhookInboxSecurity(ServerHttpSecurity http) {
        return http
                .securityMatcher(ServerWebExchangeMatchers.pathMatchers(HttpMethod.POST, PATH))
                .authorizeExchange(exchanges -> exchanges.anyExchange().permitAll())
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .build();
    }

    @PostMapping(PATH)
    Mono<ResponseEntity<Void>> receive(@RequestHeader(name = "webhook-id", required = false) String id,
                                       @RequestHeader(name = "webhook-timestamp", required = false) String timestamp,
                                       @RequestHeader(name = "webhook-signature", required = false) String signatures,
                                       @RequestBody(required = false) String body) {
        Instant now = Instant.now(clock);
        return webhooks.secrets()
                .any(secret -> verifies(secret, id, timestamp, signatures, body == null ? "" : body, now))
                .map(verified -> ResponseEntity.status(verified ? HttpStatus.NO_CONTENT : HttpStatus.UNAUTHORIZED)
                        .build());
    }

    /** Whether one of the message's signatures ({@code v1,<base64>}, space-separated) is right and it is recent. */
    static boolean verifies(String secret, String id, String timestamp, String signatures, String body, Instant now) {
        if (id == null || timestamp == null || signatures == null || !secret.startsWith("whsec_")) {
            return false;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp);
        } catch (NumberFormatException notANumber) {
            return false;
        }
        if (Duration.between(Instant.ofEpochSecond(seconds), now).abs().compareTo(TOLERANCE) > 0) {
            return false;
        }
        byte[] expected = hmac(Base64.getDecoder().decode(secret.substring("whsec_".length())),
                id + "." + timestamp + "." + body);
        for (String signature : signatures.split(" ")) {
            if (signature.startsWith("v1,") && MessageDigest.isEqual(expected, decoded(signature.substring(3)))) {
                return true;
            }
        }
        return false;
    }

    private static byte[] decoded(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException notBase64) {
            return new byte[0];
        }
    }

    private static byte[] hmac(byte[] key, String content) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
