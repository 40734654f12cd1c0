package cn.baiyun.hte.deploy;

import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What sets the two overlays apart: production has three replicas with production resources, TLS, a realm
 * without demo users or demo clients whose client secrets come from Secrets, and not one Secret or demo setting
 * in its files; the local cluster runs one replica over plain HTTP on *.localhost with the demo realm and marked
 * demo Secrets.
 */
class OverlaysTest {

    @Test
    void productionRunsThreeReplicasBehindTlsWithProductionResources() {
        RenderedManifests production = RenderedManifests.of("production");
        Deployment portal = production.one(Deployment.class, "hte-portal");
        assertThat(portal.getSpec().getReplicas()).isEqualTo(3);
        Container container = portal.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertThat(container.getImage()).isEqualTo("registry.example.cn/hte/hte-portal:0.1.0");
        assertThat(container.getResources().getLimits()).containsEntry("memory", new Quantity("1Gi"));
        assertThat(container.getResources().getRequests()).containsEntry("memory", new Quantity("1Gi"));
        Ingress ingress = production.one(Ingress.class, "hte-portal");
        assertThat(ingress.getSpec().getTls()).singleElement().satisfies(tls -> {
            assertThat(tls.getHosts()).containsExactly(ingress.getSpec().getRules().get(0).getHost());
            assertThat(tls.getSecretName()).isEqualTo("hte-portal-tls");
        });
        assertThat(ingress.getMetadata().getAnnotations()).containsKey("cert-manager.io/cluster-issuer");
        Map<String, String> settings = ManifestPolicyTest.settings(production);
        assertThat(settings.get("HTE_PUBLIC_URL")).isEqualTo("https://" + ingress.getSpec().getRules().get(0).getHost());
        assertThat(settings.get("HTE_KEYCLOAK_URL")).startsWith("https://");
        assertThat(settings).doesNotContainKeys("HTE_DEMO_DATA", "HTE_SESSION_COOKIE_SECURE", "HTE_EMBEDDED_MONGO");
        Map<String, Object> keycloak = spec(production.ofKind("k8s.keycloak.org/v2alpha1", "Keycloak").get(0));
        assertThat(RenderedManifests.map(keycloak.get("hostname")).get("hostname")).isEqualTo(settings.get("HTE_KEYCLOAK_URL"));
        assertThat(RenderedManifests.map(keycloak.get("ingress"))).containsKey("tlsSecret");
    }

    @Test
    void productionHoldsNoSecretAndImportsNoDemoUserOrClient() {
        RenderedManifests production = RenderedManifests.of("production");
        assertThat(production.all(Secret.class)).isEmpty();
        Map<String, Object> realmImport = spec(production.ofKind("k8s.keycloak.org/v2alpha1", "KeycloakRealmImport").get(0));
        Map<String, Object> realm = RenderedManifests.map(realmImport.get("realm"));
        assertThat(realm).doesNotContainKey("users");
        assertThat(realm.toString()).doesNotContain("demo1234", "credentials");
        List<Map<String, Object>> clients = clients(realm);
        assertThat(clients).extracting(client -> client.get("clientId")).contains("portal-web")
                .noneMatch(clientId -> String.valueOf(clientId).startsWith(RealmImports.DEMO_CLIENT_PREFIX));
        Map<String, Object> placeholders = RenderedManifests.map(realmImport.get("placeholders"));
        for (Map<String, Object> client : clients) {
            if (client.containsKey("secret")) {
                String placeholder = RealmImports.placeholder(String.valueOf(client.get("clientId")));
                assertThat(client.get("secret")).isEqualTo("${" + placeholder + "}");
                assertThat(placeholders).containsKey(placeholder);
            }
        }
        Map<String, Object> portalWeb = clients.stream().filter(client -> "portal-web".equals(client.get("clientId")))
                .findFirst().orElseThrow();
        String origin = ManifestPolicyTest.settings(production).get("HTE_PUBLIC_URL");
        assertThat(portalWeb.get("redirectUris")).isEqualTo(List.of(origin + "/login/oauth2/code/portal-web"));
        assertThat(portalWeb.get("webOrigins")).isEqualTo(List.of(origin));
        // the portal and the realm read the client secret from the same Secret
        assertThat(production.one(Deployment.class, "hte-portal").getSpec().getTemplate().getSpec().getContainers().get(0)
                .getEnv()).anySatisfy(variable -> {
                    assertThat(variable.getName()).isEqualTo("HTE_KEYCLOAK_CLIENT_SECRET");
                    assertThat(variable.getValueFrom().getSecretKeyRef().getName())
                            .isEqualTo(RealmImports.clientSecretName("portal-web"));
                });
    }

    @Test
    void theLocalClusterRunsOneReplicaOverHttpWithTheDemoRealm() {
        RenderedManifests local = RenderedManifests.of("local");
        Deployment portal = local.one(Deployment.class, "hte-portal");
        assertThat(portal.getSpec().getReplicas()).isEqualTo(1);
        assertThat(portal.getSpec().getTemplate().getSpec().getContainers().get(0).getImage()).isEqualTo("hte-portal:0.1.0");
        Ingress ingress = local.one(Ingress.class, "hte-portal");
        assertThat(ingress.getSpec().getTls()).isEmpty();
        Map<String, String> settings = ManifestPolicyTest.settings(local);
        assertThat(settings).containsEntry("HTE_PUBLIC_URL", "http://" + ingress.getSpec().getRules().get(0).getHost());
        // browsers treat http://*.localhost as a secure context: the production profile's Secure cookie works there
        assertThat(ingress.getSpec().getRules().get(0).getHost()).endsWith(".localhost");
        Map<String, Object> realm = RenderedManifests.map(spec(local.ofKind("k8s.keycloak.org/v2alpha1",
                "KeycloakRealmImport").get(0)).get("realm"));
        assertThat(realm.get("users").toString()).contains("firm-a", "reviewer");
        assertThat(local.all(Secret.class)).extracting(secret -> secret.getMetadata().getName())
                .containsExactlyInAnyOrder("hte-mongodb-portal-password", RealmImports.clientSecretName("portal-web"));
        // the demo Secret holds the client secret the demo realm gives portal-web
        Secret client = local.one(Secret.class, RealmImports.clientSecretName("portal-web"));
        String realmSecret = String.valueOf(clients(realm).stream().filter(c -> "portal-web".equals(c.get("clientId")))
                .findFirst().orElseThrow().get("secret"));
        assertThat(new String(java.util.Base64.getDecoder().decode(client.getData().get("client-secret"))))
                .isEqualTo(realmSecret);
    }

    private static Map<String, Object> spec(Map<String, Object> document) {
        return RenderedManifests.map(document.get("spec"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> clients(Map<String, Object> realm) {
        return (List<Map<String, Object>>) realm.get("clients");
    }
}
