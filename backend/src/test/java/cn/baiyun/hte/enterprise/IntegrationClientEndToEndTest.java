package cn.baiyun.hte.enterprise;

import cn.baiyun.hte.client.ApiClient;
import cn.baiyun.hte.client.ApiException;
import cn.baiyun.hte.client.api.EnterprisesApi;
import cn.baiyun.hte.client.api.MeApi;
import cn.baiyun.hte.client.model.MeResource;
import cn.baiyun.hte.support.e2e.EndToEndTest;
import cn.baiyun.hte.support.e2e.GeneratedClient;
import cn.baiyun.hte.support.e2e.KeycloakTestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A third-party system takes a real token from Keycloak by client credentials and calls the API through
 * the Java client generated from {@code openapi/portal-api.yaml}.
 */
@EndToEndTest
class IntegrationClientEndToEndTest {

    static ApiClient client;

    @BeforeAll
    static void integrateWithATokenFromKeycloak() {
        client = GeneratedClient.withBearer(KeycloakTestServer.clientCredentialsToken("demo-integration", "demo-integration-secret"));
    }

    @Test
    void clientIsRecognisedWithItsScope() throws ApiException {
        MeResource me = new MeApi(client).getMe();

        assertThat(me.getClient()).isTrue();
        assertThat(me.getScopes()).contains("enterprises:read");
    }

    @Test
    void readScopeListsFirmsButDoesNotChangeThem() throws ApiException {
        assertThat(new EnterprisesApi(client).listEnterprises(null, null, null, null, null, 10, null).getItems())
                .isNotNull();

        ApiException refused = catchThrowableOfType(ApiException.class, () -> new EnterprisesApi(client)
                .updateEnterpriseProfile("0123456789abcdef01234567",
                        new cn.baiyun.hte.client.model.EnterpriseProfile().name("x"), null));
        assertThat(refused.getCode()).isEqualTo(403);
        assertThat(refused.getResponseHeaders().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void tamperedTokenIsRejectedAsProblem() {
        String token = KeycloakTestServer.clientCredentialsToken("demo-integration", "demo-integration-secret");
        ApiClient tampered = GeneratedClient.withBearer(token.substring(0, token.length() - 4) + "AAAA");

        ApiException refused = catchThrowableOfType(ApiException.class, () -> new MeApi(tampered).getMe());

        assertThat(refused.getCode()).isEqualTo(401);
        assertThat(refused.getResponseBody()).contains("urn:hte:problem:unauthorized");
    }
}
