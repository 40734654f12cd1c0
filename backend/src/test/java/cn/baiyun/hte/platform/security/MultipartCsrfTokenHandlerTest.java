package cn.baiyun.hte.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.DefaultCsrfToken;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

class MultipartCsrfTokenHandlerTest {

    final MultipartCsrfTokenHandler handler = new MultipartCsrfTokenHandler();
    final CsrfToken token = new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "the-session-token");

    @Test
    void anUploadFormsTokenIsTakenFromItsActionUrl() {
        String masked = maskedAsAPageRendersIt();

        var upload = MockServerWebExchange.from(MockServerHttpRequest.post("/firms/1/documents?_csrf={t}", masked)
                .contentType(MediaType.MULTIPART_FORM_DATA).body("--x--"));

        assertThat(handler.resolveCsrfTokenValue(upload, token).block()).isEqualTo("the-session-token");
    }

    @Test
    void anyOtherRequestCannotCarryItsTokenInTheUrl() {
        String masked = maskedAsAPageRendersIt();

        var form = MockServerWebExchange.from(MockServerHttpRequest.post("/firms/1/edit?_csrf={t}", masked)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body("name=x"));

        assertThat(handler.resolveCsrfTokenValue(form, token).blockOptional()).isEmpty();
    }

    private String maskedAsAPageRendersIt() {
        var page = MockServerWebExchange.from(MockServerHttpRequest.get("/firms/1/documents"));
        handler.handle(page, Mono.just(token));
        Mono<CsrfToken> rendered = page.getAttribute(CsrfToken.class.getName());
        return rendered.block().getToken();
    }
}
