package cn.baiyun.hte.platform.security;

import cn.baiyun.hte.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test profile's Keycloak does not run: trying to sign in, either way, ends on the portal's page
 * saying sign-in is unavailable, in Chinese or English, answered 503 with a retry hint.
 */
@PortalIntegrationTest
class SignInUnavailablePageTest {

    @Autowired
    WebTestClient web;

    @Test
    void thePageSaysSoInChineseAndEnglishAsATemporaryOutage() {
        String chinese = web.get().uri("/sign-in-unavailable").exchange()
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectHeader().valueEquals("Retry-After", "30")
                .expectHeader().contentTypeCompatibleWith("text/html")
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(chinese).contains("lang=\"zh-CN\"", "暂时无法登录", "统一身份认证服务暂时无法访问", "0851-8000 0000",
                "href=\"/oauth2/authorization/portal-web\"");

        String english = web.get().uri("/sign-in-unavailable?lang=en").exchange()
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(english).contains("lang=\"en\"", "Sign-in is temporarily unavailable", "Try signing in again");
    }

    @Test
    void aProtectedPageLeadsThroughTheSignInToThePage() {
        web.get().uri("/firms/claim").exchange()
                .expectStatus().isFound()
                .expectHeader().valueEquals("Location", "/oauth2/authorization/portal-web");
        web.get().uri("/oauth2/authorization/portal-web").exchange()
                .expectStatus().isFound()
                .expectHeader().valueEquals("Location", "/sign-in-unavailable");
    }

    @Test
    void theWayBackFromKeycloakWhileItIsDownEndsOnThePageNotOnAnError() {
        web.get().uri("/login/oauth2/code/portal-web?code=some-code&state=some-state").exchange()
                .expectStatus().isFound()
                .expectHeader().valueEquals("Location", "/sign-in-unavailable");
    }
}
