package cn.baiyun.hte.platform.security;

import java.util.stream.Stream;

import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed-in person on a page of another role gets the portal's own error page, styled and in their
 * language, whatever their role: never Spring Security's bare English text.
 */
@PortalIntegrationTest
class AccessDeniedPageTest {

    @Autowired
    WebTestClient web;

    static Stream<Named<Principals>> peopleWithoutTheReviewerRole() {
        return Stream.of(Named.of("admin", Principals.admin()),
                Named.of("officer", Principals.department("工信局")),
                Named.of("firm user", Principals.firmUser("denied")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("peopleWithoutTheReviewerRole")
    void aReviewerPageAnswersWithTheLocalizedErrorPage(Principals who) {
        assertThat(denied(who, "/reviewer/claims")).contains("<h1>无权访问</h1>", "您无权访问该页面。", "/css/portal.css", "返回首页")
                .doesNotContain("Access Denied");
        assertThat(denied(who, "/reviewer/claims?lang=en")).contains("You may not access this page.",
                "lang=\"en\"", "Back to home");
    }

    private String denied(Principals who, String uri) {
        return web.mutateWith(who.session()).get().uri(uri).accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).returnResult().getResponseBody();
    }
}
