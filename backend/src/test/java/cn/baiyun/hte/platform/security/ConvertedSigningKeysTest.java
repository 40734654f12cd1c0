package cn.baiyun.hte.platform.security;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSecurityContextJWKSet;
import com.nimbusds.jose.proc.JWKSecurityContext;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The API's token decoder with its converted keys kept: tokens are still checked as before (signature,
 * rotation to a key id not seen yet, keys known while Keycloak is down), and a key is converted once.
 */
class ConvertedSigningKeysTest {

    private final AtomicReference<JWKSet> served = new AtomicReference<>();
    private final AtomicInteger fetches = new AtomicInteger();
    private HttpServer keycloak;
    private ReactiveJwtDecoder decoder;
    private String issuer;
    private RSAKey first;
    private RSAKey second;

    @BeforeEach
    void startKeycloak() throws IOException, JOSEException {
        first = new RSAKeyGenerator(2048).keyID("first").generate();
        second = new RSAKeyGenerator(2048).keyID("second").generate();
        served.set(new JWKSet(first.toPublicJWK()));
        keycloak = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        keycloak.createContext("/realms/hte/protocol/openid-connect/certs", exchange -> {
            fetches.incrementAndGet();
            byte[] keys = served.get().toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, keys.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(keys);
            }
        });
        keycloak.start();
        KeycloakProperties realm = new KeycloakProperties("http://127.0.0.1:" + keycloak.getAddress().getPort(), null,
                "hte", "portal-web", "secret", "hte-portal-api");
        issuer = realm.issuer();
        decoder = new IdentityProviderConfiguration().apiJwtDecoder(realm);
    }

    @AfterEach
    void stopKeycloak() {
        keycloak.stop(0);
    }

    @Test
    void acceptsTheRealmsTokensAndFetchesTheKeysOnce() throws JOSEException {
        assertThat(decode(token(first, "firm-a"))).extracting(Jwt::getSubject).isEqualTo("firm-a");
        assertThat(decode(token(first, "firm-b"))).extracting(Jwt::getSubject).isEqualTo("firm-b");
        assertThat(fetches).hasValue(1);
    }

    @Test
    void refusesATokenSignedByAnotherKeyUnderAKnownKeyId() throws JOSEException {
        decode(token(first, "firm-a"));
        RSAKey forger = new RSAKeyGenerator(2048).keyID("first").generate();

        assertThatThrownBy(() -> decode(token(forger, "firm-a"))).isInstanceOf(JwtException.class);
        assertThat(decode(token(first, "firm-a"))).extracting(Jwt::getSubject).isEqualTo("firm-a");
    }

    @Test
    void fetchesTheKeysAgainForAKeyIdNotSeenYetAndKeepsThemWhileKeycloakIsDown() throws JOSEException {
        decode(token(first, "firm-a"));
        served.set(new JWKSet(List.of(first.toPublicJWK(), second.toPublicJWK())));

        assertThat(decode(token(second, "firm-b"))).extracting(Jwt::getSubject).isEqualTo("firm-b");
        assertThat(fetches).hasValue(2);

        keycloak.stop(0);
        assertThat(decode(token(first, "firm-a"))).extracting(Jwt::getSubject).isEqualTo("firm-a");
        assertThat(decode(token(second, "firm-b"))).extracting(Jwt::getSubject).isEqualTo("firm-b");
    }

    @Test
    void convertsAKeyOnceForTheSameHeaderAndCandidates() throws JOSEException {
        AtomicInteger conversions = new AtomicInteger();
        JWSVerificationKeySelector<JWKSecurityContext> nimbus = new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
                new JWKSecurityContextJWKSet()) {
            @Override
            public List<Key> selectJWSKeys(JWSHeader header, JWKSecurityContext context) throws KeySourceException {
                conversions.incrementAndGet();
                return super.selectJWSKeys(header, context);
            }
        };
        ConvertedSigningKeys keys = new ConvertedSigningKeys(nimbus);
        JWKSecurityContext realm = new JWKSecurityContext(List.of(first.toPublicJWK(), second.toPublicJWK()));
        JWSHeader byFirst = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("first").build();

        List<Key> once = keys.selectJWSKeys(byFirst, realm);
        List<Key> twice = keys.selectJWSKeys(byFirst, realm);

        assertThat(once).containsExactly(first.toRSAPublicKey());
        assertThat(twice).isSameAs(once);
        assertThat(conversions).hasValue(1);
        assertThat(keys.selectJWSKeys(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("second").build(), realm))
                .containsExactly(second.toRSAPublicKey());
        assertThat(keys.selectJWSKeys(new JWSHeader.Builder(JWSAlgorithm.RS512).keyID("first").build(), realm))
                .as("an algorithm the realm's decoder does not accept").isEmpty();
        assertThat(keys.isAllowed(JWSAlgorithm.RS256)).isTrue();
        assertThat(keys.isAllowed(JWSAlgorithm.HS256)).isFalse();
    }

    private Jwt decode(String token) {
        return decoder.decode(token).block();
    }

    private String token(RSAKey key, String subject) throws JOSEException {
        Instant now = Instant.now();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder()
                        .issuer(issuer)
                        .audience(List.of("hte-portal-api"))
                        .subject(subject)
                        .issueTime(Date.from(now))
                        .expirationTime(Date.from(now.plusSeconds(300)))
                        .build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
