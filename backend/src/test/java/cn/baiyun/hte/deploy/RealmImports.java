package cn.baiyun.hte.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import cn.baiyun.hte.support.keycloak.ProjectFiles;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Keycloak operator's {@code KeycloakRealmImport} of each overlay, made from the one realm file
 * {@code keycloak/hte-realm.json} that the local run and the tests import too. Both name the portal by the
 * marker {@value #PORTAL_ORIGIN} where the realm file says {@code http://localhost:<port>}; the overlay's
 * hosts (k8s/components/hosts) replace it. The production import leaves out every user and every client whose
 * id starts with {@value #DEMO_CLIENT_PREFIX}, and replaces each client secret with a placeholder that the
 * operator fills from the Secret {@code hte-<clientId>-client} (key {@code client-secret}).
 */
enum RealmImports {

    LOCAL("k8s/overlays/local/realm-import.yaml"),
    PRODUCTION("k8s/overlays/production/realm-import.yaml");

    static final String PORTAL_ORIGIN = "PORTAL_ORIGIN";
    static final String DEMO_CLIENT_PREFIX = "demo-";
    static final String REFRESH_COMMAND = "./mvnw -pl backend test -Dtest=RealmImportsTest -Drealm.refresh=true "
            + "-Dsurefire.failIfNoSpecifiedTests=false";

    private static final String KEYCLOAK_RESOURCE = "hte-keycloak";
    private static final Pattern LOCAL_ORIGIN = Pattern.compile("^http://localhost:\\d+");
    private static final String LOGOUT_URIS = "post.logout.redirect.uris";
    private static final String URI_SEPARATOR = "##";

    private final String file;

    RealmImports(String file) {
        this.file = file;
    }

    Path path() {
        return ProjectFiles.root().resolve(file);
    }

    /** The Secret that holds a client's secret in the cluster, for the production import's placeholders. */
    static String clientSecretName(String clientId) {
        return "hte-" + clientId + "-client";
    }

    /** The placeholder's name for a client's secret, an environment variable name: PORTAL_WEB_CLIENT_SECRET. */
    static String placeholder(String clientId) {
        return clientId.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + "_CLIENT_SECRET";
    }

    /** The file's content as generated from the realm file now. */
    String generate() {
        Map<String, Object> realm = readRealm();
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("keycloakCRName", KEYCLOAK_RESOURCE);
        List<Map<String, Object>> clients = list(realm.get("clients"));
        if (this == PRODUCTION) {
            realm.remove("users");
            clients.removeIf(client -> String.valueOf(client.get("clientId")).startsWith(DEMO_CLIENT_PREFIX));
            Map<String, Object> placeholders = new LinkedHashMap<>();
            for (Map<String, Object> client : clients) {
                String clientId = String.valueOf(client.get("clientId"));
                if (client.containsKey("secret")) {
                    client.put("secret", "${" + placeholder(clientId) + "}");
                    Map<String, Object> secret = new LinkedHashMap<>();
                    secret.put("name", clientSecretName(clientId));
                    secret.put("key", "client-secret");
                    placeholders.put(placeholder(clientId), Map.of("secret", secret));
                }
            }
            if (!placeholders.isEmpty()) {
                spec.put("placeholders", placeholders);
            }
        }
        clients.forEach(RealmImports::nameThePortalByItsMarker);
        spec.put("realm", realm);

        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("apiVersion", "k8s.keycloak.org/v2alpha1");
        resource.put("kind", "KeycloakRealmImport");
        resource.put("metadata", Map.of("name", "hte-realm"));
        resource.put("spec", spec);
        return "# GENERATED from keycloak/hte-realm.json by cn.baiyun.hte.deploy.RealmImports: do not edit.\n"
                + "# " + (this == PRODUCTION
                        ? "Production: no users, no demo-* clients, client secrets from Secrets (placeholders)."
                        : "Local cluster: the demo realm as the local run imports it, demo users included.")
                + "\n# After a change of the realm file, refresh both overlays' imports with:\n#   " + REFRESH_COMMAND
                + "\n" + yaml().dump(resource);
    }

    private static Map<String, Object> readRealm() {
        try {
            return JsonMapper.builder().build().readValue(Files.readString(ProjectFiles.realmFile()),
                    new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Yaml yaml() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setSplitLines(false);
        options.setWidth(Integer.MAX_VALUE);
        return new Yaml(options);
    }

    /** The local run's origins (http://localhost:8080 and the tests' ports) become the one marker. */
    private static void nameThePortalByItsMarker(Map<String, Object> client) {
        for (String field : List.of("redirectUris", "webOrigins")) {
            if (client.get(field) instanceof List<?> uris) {
                client.put(field, new ArrayList<>(markers(uris.stream().map(String::valueOf).toList())));
            }
        }
        if (client.get("attributes") instanceof Map<?, ?> attributes && attributes.get(LOGOUT_URIS) instanceof String uris) {
            map(attributes).put(LOGOUT_URIS,
                    String.join(URI_SEPARATOR, markers(Arrays.asList(uris.split(URI_SEPARATOR)))));
        }
    }

    private static LinkedHashSet<String> markers(List<String> uris) {
        LinkedHashSet<String> replaced = new LinkedHashSet<>();
        uris.forEach(uri -> replaced.add(LOCAL_ORIGIN.matcher(uri).replaceFirst(PORTAL_ORIGIN)));
        return replaced;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value instanceof List<?> list ? (List<Map<String, Object>>) list : new ArrayList<>();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
