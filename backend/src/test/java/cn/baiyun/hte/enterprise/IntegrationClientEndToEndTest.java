package cn.baiyun.hte.enterprise;

import cn.baiyun.hte.support.e2e.EndToEndTest;
import cn.baiyun.hte.support.e2e.KeycloakTestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A third-party system takes a real token from Keycloak by client credentials and calls the API. */
@EndToEndTest
class IntegrationClientEndToEndTest {

    static String token;
    final WebTestClient api = WebTestClient.bindToServer().baseUrl(EndToEndTest.APP_URL).build();

    @BeforeAll
    static void takeATokenFromKeycloak() {
        token = KeycloakTestServer.clientCredentialsToken("demo-integration", "demo-integration-secret");
    }

    @Test
    void clientIsRecognisedWithItsScope() {
        api.get().uri("/api/v1/me").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.client").isEqualTo(true)
                .jsonPath("$.scopes").value(scopes -> org.assertj.core.api.Assertions.assertThat(scopes.toString())
                        .contains("enterprises:read"));
    }

    @Test
    void readScopeListsFirmsButDoesNotChangeThem() {
        api.get().uri("/api/v1/enterprises").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk();
        api.put().uri("/api/v1/enterprises/{id}", "0123456789abcdef01234567").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"name\":\"x\"}").exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void tamperedTokenIsRejectedAsProblem() {
        String tampered = token.substring(0, token.length() - 4) + "AAAA";
        api.get().uri("/api/v1/me").headers(h -> h.setBearerAuth(tampered)).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:hte:problem:unauthorized");
    }
}
