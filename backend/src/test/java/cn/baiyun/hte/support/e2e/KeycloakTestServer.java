package cn.baiyun.hte.support.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.baiyun.hte.support.keycloak.KeycloakProcess;
import cn.baiyun.hte.support.keycloak.ProjectFiles;

/**
 * One real Keycloak for the whole test run, on the free port of {@link EndToEndPorts}. Started on first
 * use, stopped when the test JVM ends. There is no skipping: Keycloak comes from Maven Central with the
 * build, so if it cannot start the tests that need it fail.
 */
public final class KeycloakTestServer {

    /** The origin that {@code keycloak/hte-realm.json} names for the end-to-end tests' application. */
    static final String REALM_TEST_ORIGIN = "http://localhost:18080";
    private static final Path DATA = Path.of("target", "keycloak-test-data");
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private static KeycloakProcess instance;

    private KeycloakTestServer() {
    }

    public static synchronized KeycloakProcess get() {
        if (instance == null) {
            instance = KeycloakProcess.start(EndToEndPorts.KEYCLOAK, DATA, realmForThisRun());
        }
        return instance;
    }

    /**
     * Stops Keycloak, for drills of its outage; the next {@link #get()} starts it again on the same port
     * with the same database, so the realm's signing keys (and the tokens they signed) stay valid.
     */
    public static synchronized void stop() {
        if (instance != null) {
            instance.close();
            instance = null;
        }
    }

    /**
     * The project's realm (the single source) with the test application's origin moved to this run's port,
     * written beside Keycloak's data: its redirect URIs and web origins must name the port the browser and
     * the token requests come back to.
     */
    private static Path realmForThisRun() {
        try {
            String realm = Files.readString(ProjectFiles.realmFile());
            if (!realm.contains(REALM_TEST_ORIGIN)) {
                throw new IllegalStateException("keycloak/hte-realm.json no longer names " + REALM_TEST_ORIGIN
                        + " for the end-to-end tests: name it in portal-web's redirect URIs, web origins and "
                        + "post-logout redirect URIs, or change " + KeycloakTestServer.class.getSimpleName());
            }
            Path copy = DATA.resolveSibling("keycloak-test-realm").resolve("hte-realm.json");
            Files.createDirectories(copy.getParent());
            Files.writeString(copy, realm.replace(REALM_TEST_ORIGIN, EndToEndPorts.APP_URL));
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the test realm", e);
        }
    }

    /** An access token for an integration client, by the client-credentials grant. */
    public static String clientCredentialsToken(String clientId, String secret) {
        return token(clientId, secret, "grant_type=client_credentials");
    }

    /** Asks the token endpoint, as the client with that secret, for an access token by the grant in {@code form}. */
    static String token(String clientId, String secret, String form) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(get().tokenEndpoint()))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            Matcher token = ACCESS_TOKEN.matcher(response.body());
            if (response.statusCode() != 200 || !token.find()) {
                throw new IllegalStateException("Keycloak refused a token to " + clientId + ": " + response.body());
            }
            return token.group(1);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot reach Keycloak's token endpoint", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
