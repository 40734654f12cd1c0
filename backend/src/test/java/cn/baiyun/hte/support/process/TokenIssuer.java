package cn.baiyun.hte.support.process;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.baiyun.hte.platform.security.PortalRole;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.support.Principals;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for Keycloak's token side when the application runs in a process of its own, where tokens
 * cannot be mocked: serves a realm's signing keys where the application fetches them and signs access
 * tokens with the claims Keycloak would put in them ({@link Principals#bearer()} mocks the same ones).
 * Point the application's {@code hte.keycloak.url} at {@link #url()}. Sign-in through pages is not offered.
 */
public final class TokenIssuer implements AutoCloseable {

    private static final String REALM = "hte";
    private static final String AUDIENCE = "hte-portal-api";
    private static final Duration LIFETIME = Duration.ofMinutes(10);

    private final HttpServer server;
    private final RSAKey key;

    private TokenIssuer(HttpServer server, RSAKey key) {
        this.server = server;
        this.key = key;
    }

    public static TokenIssuer start() {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            byte[] keys = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            server.createContext("/realms/" + REALM + "/protocol/openid-connect/certs", exchange -> {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, keys.length);
                try (OutputStream body = exchange.getResponseBody()) {
                    body.write(keys);
                }
            });
            server.start();
            return new TokenIssuer(server, key);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot make a signing key", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve the signing keys", e);
        }
    }

    /** The base address to give the application as {@code hte.keycloak.url}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A signed access token for {@code caller}, valid for ten minutes. */
    public String accessToken(Principals caller) {
        PortalUser user = caller.user();
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(url() + "/realms/" + REALM)
                .subject(user.id())
                .audience(List.of(AUDIENCE))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .claim("preferred_username", user.username())
                .claim("name", user.displayName())
                .claim("realm_access", Map.of("roles", user.roles().stream().map(PortalRole::realmRole).toList()))
                .claim("scope", String.join(" ", user.scopes()));
        if (user.department() != null) {
            claims.claim("department", user.department());
        }
        if (user.client()) {
            claims.claim("client_id", "demo-integration"); // as Principals#accessTokenClaims
        }
        try {
            SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims.build());
            token.sign(new RSASSASigner(key));
            return token.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
