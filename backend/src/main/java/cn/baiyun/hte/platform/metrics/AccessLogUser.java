package cn.baiyun.hte.platform.metrics;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Notes the caller's id for {@link AccessLog}: runs after Spring Security's filters (order -100), where the
 * caller is known, whether from the session or from a bearer token. The id is Keycloak's subject, which names
 * nobody by itself (the username may be a phone number and is never logged).
 */
@Component
@Order(0)
@ConditionalOnBooleanProperty("hte.access-log.enabled")
class AccessLogUser implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .doOnNext(caller -> {
                    String subject = subject(caller);
                    if (subject != null) {
                        exchange.getAttributes().put(AccessLog.USER_ATTRIBUTE, subject);
                    }
                })
                .then(chain.filter(exchange));
    }

    private static String subject(Authentication caller) {
        Object principal = caller.getPrincipal();
        if (principal instanceof OidcUser oidc) {
            return oidc.getSubject();
        }
        if (principal instanceof Jwt jwt) {
            return jwt.getSubject();
        }
        return null;
    }
}
