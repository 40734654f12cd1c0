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

    @Test
    void signInStartsTheAuthorizationCodeFlowWithPkce() {
        web.get().uri("/oauth2/authorization/portal-web").exchange()
                .expectStatus().isFound()
                .expectHeader().value("Location", location -> org.assertj.core.api.Assertions.assertThat(location)
                        .startsWith("http://localhost:18180/realms/hte/protocol/openid-connect/auth")
                        .contains("response_type=code")
                        .contains("code_challenge_method=S256")
                        .contains("client_id=portal-web"));
    }
}
