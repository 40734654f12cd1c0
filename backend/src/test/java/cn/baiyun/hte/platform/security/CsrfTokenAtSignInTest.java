package cn.baiyun.hte.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.WebSessionServerCsrfTokenRepository;
import reactor.core.publisher.Mono;

import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class CsrfTokenAtSignInTest {

    final WebSessionServerCsrfTokenRepository tokens = new WebSessionServerCsrfTokenRepository();
    final MockServerWebExchange signIn = MockServerWebExchange.from(MockServerHttpRequest.get("/login/oauth2/code/portal-web"));

    @Test
    void theSignInStoresAFreshTokenBeforeSendingThePersonOn() {
        CsrfToken beforeSignIn = tokens.generateToken(signIn).delayUntil(token -> tokens.saveToken(signIn, token)).block();
        String idBeforeSignIn = signIn.getSession().block().getId();
        AtomicReference<CsrfToken> storedWhenSentOn = new AtomicReference<>();

        new CsrfTokenAtSignIn(tokens, (exchange, authentication) -> tokens.loadToken(exchange.getExchange())
                .doOnNext(storedWhenSentOn::set).then())
                .onAuthenticationSuccess(new WebFilterExchange(signIn, exchange -> Mono.empty()),
                        new TestingAuthenticationToken("reviewer", null))
                .block();

        assertThat(storedWhenSentOn.get()).as("a token stored before the redirect").isNotNull();
        assertThat(storedWhenSentOn.get().getToken()).as("none from before the sign-in survives")
                .isNotEqualTo(beforeSignIn.getToken());
        assertThat(signIn.getSession().block().getId()).as("its id change happens in the sign-in's response")
                .isNotEqualTo(idBeforeSignIn);
    }
}
