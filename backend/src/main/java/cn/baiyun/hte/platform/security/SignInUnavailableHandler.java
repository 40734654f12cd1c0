package cn.baiyun.hte.platform.security;

import java.net.URI;

import org.springframework.core.annotation.Order;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.DefaultServerRedirectStrategy;
import org.springframework.security.web.server.ServerRedirectStrategy;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * Signing in while Keycloak is down ends on the portal's own page saying so ({@link SignInUnavailablePage}),
 * in the reader's language, instead of the browser's connection error or a stack trace. Both ends of the
 * authorization-code flow are covered: before the browser is sent to Keycloak the portal asks whether it
 * answers ({@link SignInAvailability}); and when the way back fails (Keycloak went down after the person
 * signed in there, so the code cannot be exchanged for tokens, nor the ID token's keys fetched) the person
 * lands on the same page: a login failure while Keycloak does not answer, and a call to Keycloak that did
 * not complete (which Spring Security hands on as a bare error, a 500 otherwise; caught here around the
 * security filters). Other failures of the way back keep Spring Security's handling. People already
 * signed in keep their session, and API callers their tokens: both are checked without Keycloak.
 */
@Component
@Order(SignInUnavailableHandler.AROUND_SECURITY)
class SignInUnavailableHandler implements WebFilter {

    /** Just outside Spring Security's filter chain proxy (its order is -100, not public), so its errors pass here. */
    static final int AROUND_SECURITY = -101;

    private static final PathPattern WAY_BACK = PathPatternParser.defaultInstance.parse("/login/oauth2/code/**");

    static final String PAGE = "/sign-in-unavailable";

    private final SignInAvailability keycloak;
    private final ServerRedirectStrategy redirects = new DefaultServerRedirectStrategy();
    private final ServerAuthenticationFailureHandler otherFailures =
            new RedirectServerAuthenticationFailureHandler("/login?error");

    SignInUnavailableHandler(SignInAvailability keycloak) {
        this.keycloak = keycloak;
    }

    /** Applies both ends to the page chain's login. */
    ServerHttpSecurity.OAuth2LoginSpec applyTo(ServerHttpSecurity.OAuth2LoginSpec login) {
        return login.authorizationRedirectStrategy(this::toKeycloakIfUp).authenticationFailureHandler(this::failed);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!WAY_BACK.matches(exchange.getRequest().getPath().pathWithinApplication())) {
            return chain.filter(exchange);
        }
        return chain.filter(exchange).onErrorResume(WebClientRequestException.class,
                unreachable -> redirects.sendRedirect(exchange, URI.create(PAGE)));
    }

    private Mono<Void> toKeycloakIfUp(ServerWebExchange exchange, URI keycloakLogin) {
        return keycloak.reachable().flatMap(up -> redirects.sendRedirect(exchange, up ? keycloakLogin : URI.create(PAGE)));
    }

    private Mono<Void> failed(WebFilterExchange exchange, AuthenticationException failure) {
        return keycloak.reachable().flatMap(up -> up ? otherFailures.onAuthenticationFailure(exchange, failure)
                : redirects.sendRedirect(exchange.getExchange(), URI.create(PAGE)));
    }
}
