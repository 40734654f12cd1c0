package cn.baiyun.hte.platform.fuzz;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import cn.baiyun.hte.support.Principals;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Bearer tokens for tests that talk to the real server over a socket, where the mocked principals of
 * {@code WebTestClient} cannot reach: each token names a {@link Principals} and decodes to the access token
 * Keycloak would issue it, which then goes through the application's own authority mapping. Any other token
 * is refused as Keycloak's decoder would refuse a forged one.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ServerTokens {

    private static final Map<String, Principals> ISSUED = new ConcurrentHashMap<>();

    /** A bearer token for {@code caller}, valid on the server that {@link PortalServerTest} starts. */
    public static String of(Principals caller) {
        String token = "test-token-" + UUID.randomUUID();
        ISSUED.put(token, caller);
        return token;
    }

    @Bean
    @Primary
    ReactiveJwtDecoder testTokenDecoder() {
        return token -> {
            Principals caller = ISSUED.get(token);
            if (caller == null) {
                return Mono.error(new BadJwtException("Not a token these tests issued"));
            }
            Instant now = Instant.now();
            Jwt.Builder jwt = Jwt.withTokenValue(token).header("alg", "RS256").issuedAt(now)
                    .expiresAt(now.plusSeconds(3600)).issuer("http://localhost/realms/hte");
            caller.accessTokenClaims(jwt);
            return Mono.just(jwt.build());
        };
    }
}
