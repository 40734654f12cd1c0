package cn.baiyun.hte.platform.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRepository;
import reactor.core.publisher.Mono;

/**
 * A person gets a fresh CSRF token in the sign-in's own response, before the usual redirect back to what
 * they asked for (as the servlet stack's {@code CsrfAuthenticationStrategy} does: no token from before the
 * sign-in survives it). The token repository changes the session's id whenever it stores a new token (a
 * defence against session fixation), and tokens were otherwise made lazily by the first page showing a
 * form. That page then retired the id the sign-in had just handed out, so a request already on its way
 * with it (a second tab, the browser's parallel requests, another replica) found no session and was sent
 * to sign in again. Issued here, the token's id change folds into the sign-in's, and the id stays put
 * until sign-out.
 */
final class CsrfTokenAtSignIn implements ServerAuthenticationSuccessHandler {

    private final ServerCsrfTokenRepository tokens;
    private final ServerAuthenticationSuccessHandler then;

    CsrfTokenAtSignIn(ServerCsrfTokenRepository tokens) {
        this(tokens, new RedirectServerAuthenticationSuccessHandler());
    }

    CsrfTokenAtSignIn(ServerCsrfTokenRepository tokens, ServerAuthenticationSuccessHandler then) {
        this.tokens = tokens;
        this.then = then;
    }

    @Override
    public Mono<Void> onAuthenticationSuccess(WebFilterExchange webFilterExchange, Authentication authentication) {
        var exchange = webFilterExchange.getExchange();
        return tokens.generateToken(exchange)
                .flatMap(token -> tokens.saveToken(exchange, token))
                .then(then.onAuthenticationSuccess(webFilterExchange, authentication));
    }
}
