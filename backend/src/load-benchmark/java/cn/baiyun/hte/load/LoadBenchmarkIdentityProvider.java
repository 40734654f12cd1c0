package cn.baiyun.hte.load;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for Keycloak that the load benchmark controls: a realm {@code hte} with a key pair generated at
 * start (its public half served as the JWK set where the portal looks for Keycloak's), access tokens minted
 * for the API exactly as Keycloak shapes them (issuer, audience {@code hte-portal-api}, realm roles), and a
 * token endpoint that completes the portal's real sign-in (authorization code with PKCE, ID token with the
 * request's nonce), so page sessions are made by the portal itself. It checks nothing: it only serves the
 * benchmark on the loopback interface.
 */
final class LoadBenchmarkIdentityProvider implements AutoCloseable {

    static final String REALM = "hte";
    static final String PORTAL_CLIENT = "portal-web";
    static final String API_AUDIENCE = "hte-portal-api";
    private static final String ENDPOINTS = "/realms/" + REALM + "/protocol/openid-connect/";

    /** A demo account: its Keycloak id (the demo data's memberships use it), username, name and realm role. */
    record Account(String id, String username, String name, String role) {
    }

    private record Pending(Account account, String nonce) {
    }

    private final HttpServer server;
    private final RSAKey key;
    private final Map<String, Pending> codes = new ConcurrentHashMap<>();

    private LoadBenchmarkIdentityProvider(HttpServer server, RSAKey key) {
        this.server = server;
        this.key = key;
    }

    static LoadBenchmarkIdentityProvider start() throws IOException, JOSEException {
        RSAKey key = new RSAKeyGenerator(2048).keyID("load-benchmark").generate();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        LoadBenchmarkIdentityProvider provider = new LoadBenchmarkIdentityProvider(server, key);
        // The realm's own address: the portal asks it before a sign-in whether Keycloak is up.
        server.createContext("/realms/" + REALM, exchange -> respond(exchange, "{\"realm\":\"" + REALM + "\"}"));
        server.createContext(ENDPOINTS + "certs", exchange ->
                respond(exchange, new JWKSet(key.toPublicJWK()).toString()));
        server.createContext(ENDPOINTS + "token", provider::token);
        server.createContext(ENDPOINTS + "userinfo", LoadBenchmarkIdentityProvider::userInfo);
        server.start();
        return provider;
    }

    /** What the portal is told Keycloak's address is ({@code hte.keycloak.url}). */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String issuer() {
        return url() + "/realms/" + REALM;
    }

    /** A bearer token for the API, valid for an hour. */
    String accessToken(Account account) {
        return sign(claims(account).audience(List.of(API_AUDIENCE, "account")).claim("azp", "demo-client")
                .claim("scope", "openid profile email").build());
    }

    /** The code the portal will exchange for this account's ID token, bound to its sign-in request's nonce. */
    String code(Account account, String nonce) {
        String code = UUID.randomUUID().toString();
        codes.put(code, new Pending(account, nonce));
        return code;
    }

    private JWTClaimsSet.Builder claims(Account account) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(issuer())
                .subject(account.id())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(3600)))
                .claim("preferred_username", account.username())
                .claim("name", account.name())
                .claim("realm_access", Map.of("roles", List.of(account.role())));
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = Arrays.stream(new String(exchange.getRequestBody().readAllBytes(),
                        StandardCharsets.UTF_8).split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                        pair -> pair.length > 1 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : ""));
        Pending pending = codes.remove(form.get("code"));
        if (pending == null) {
            exchange.sendResponseHeaders(400, -1);
            exchange.close();
            return;
        }
        String idToken = sign(claims(pending.account()).audience(PORTAL_CLIENT).claim("azp", PORTAL_CLIENT)
                .claim("nonce", pending.nonce()).build());
        respond(exchange, """
                {"access_token":"%s","token_type":"Bearer","expires_in":3600,"id_token":"%s","scope":"openid profile email"}"""
                .formatted(accessToken(pending.account()), idToken));
    }

    /** The claims of the bearer token, as Keycloak's user-info endpoint answers them. */
    private static void userInfo(HttpExchange exchange) throws IOException {
        String bearer = exchange.getRequestHeaders().getFirst("Authorization").substring("Bearer ".length());
        try {
            respond(exchange, SignedJWT.parse(bearer).getJWTClaimsSet().toString());
        } catch (java.text.ParseException e) {
            exchange.sendResponseHeaders(401, -1);
            exchange.close();
        }
    }

    private String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void respond(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
