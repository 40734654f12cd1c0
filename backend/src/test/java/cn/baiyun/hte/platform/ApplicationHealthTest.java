package cn.baiyun.hte.platform;

import cn.baiyun.hte.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The test profile points at a Keycloak that is not running, so this also shows that the portal starts
 * and reports healthy while its identity provider is down.
 */
@PortalIntegrationTest
class ApplicationHealthTest {

    @Autowired
    WebTestClient web;

    @Test
    void healthIsUpWithoutKeycloak() {
        web.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void anonymousVisitorSeesTheChineseHomePageWithASignInLink() {
        web.get().uri("/").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(page -> org.assertj.core.api.Assertions.assertThat(page)
                        .contains("lang=\"zh-CN\"")
                        .contains("白云区高新技术企业培育平台")
                        .contains("/oauth2/authorization/portal-web"));
    }

    /** The way to Keycloak while it is up (with PKCE) is checked by the end-to-end KeycloakOutageEndToEndTest. */
    @Test
    void signInWhileKeycloakIsDownShowsThePageSayingSo() {
        web.get().uri("/oauth2/authorization/portal-web").exchange()
                .expectStatus().isFound()
                .expectHeader().valueEquals("Location", "/sign-in-unavailable");
    }
}
