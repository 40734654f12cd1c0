package cn.baiyun.hte.support.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import cn.baiyun.hte.support.keycloak.KeycloakProcess;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Lets the test Keycloak's {@code portal-web} client accept another origin than the end-to-end tests'
 * application: an application in a process of its own listens on a port the realm file cannot know. Done
 * through Keycloak's admin API with the test server's bootstrap admin, for this run's realm only.
 */
public final class RealmOrigins {

    private static final String CLIENT_ID = "portal-web";
    private static final String LOGOUT_URIS = "post.logout.redirect.uris";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RealmOrigins() {
    }

    /** Signing in and out through {@code origin} (e.g. {@code http://localhost:41234}) is allowed from now on. */
    public static synchronized void allow(String origin) {
        String keycloak = KeycloakTestServer.get().url();
        String token = JSON.readTree(send(HttpRequest.newBuilder(URI.create(keycloak
                        + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin"
                        + "&password=admin")))).path("access_token").asString();
        String clients = keycloak + "/admin/realms/" + KeycloakProcess.REALM + "/clients";
        ObjectNode client = (ObjectNode) JSON.readTree(send(HttpRequest.newBuilder(URI.create(clients + "?clientId="
                + URLEncoder.encode(CLIENT_ID, StandardCharsets.UTF_8))).header("Authorization", "Bearer " + token)))
                .path(0);
        ((ArrayNode) client.withArray("redirectUris")).add(origin + "/*");
        ((ArrayNode) client.withArray("webOrigins")).add(origin);
        ObjectNode attributes = client.withObject("attributes");
        JsonNode logout = attributes.path(LOGOUT_URIS);
        attributes.put(LOGOUT_URIS, (logout.isMissingNode() ? "" : logout.asString() + "##") + origin + "/*");
        send(HttpRequest.newBuilder(URI.create(clients + "/" + client.path("id").asString()))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(client))));
    }

    private static String send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException("Keycloak's admin API answered " + response.statusCode() + " to "
                        + request.build().uri() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot reach Keycloak's admin API", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
