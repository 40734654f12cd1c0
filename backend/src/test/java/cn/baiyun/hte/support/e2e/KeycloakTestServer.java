package cn.baiyun.hte.support.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.baiyun.hte.support.keycloak.KeycloakProcess;

/**
 * One real Keycloak for the whole test run, on the port the end-to-end tests' application expects.
 * Started on first use, stopped when the test JVM ends. There is no skipping: Keycloak comes from
 * Maven Central with the build, so if it cannot start the tests that need it fail.
 */
public final class KeycloakTestServer {

    public static final int PORT = 18180;
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private static KeycloakProcess instance;

    private KeycloakTestServer() {
    }

    public static synchronized KeycloakProcess get() {
        if (instance == null) {
            instance = KeycloakProcess.start(PORT, Path.of("target", "keycloak-test-data"));
        }
        return instance;
    }

    /** An access token for an integration client, by the client-credentials grant. */
    public static String clientCredentialsToken(String clientId, String secret) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(get().tokenEndpoint()))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
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
