package cn.baiyun.hte.platform.security;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Who sent an API request, as the API's safe retries and rate limits count callers: an integration client
 * (a client-credentials token, which carries {@code client_id}) by its client id, a person by their subject.
 * Read in web filters, before any controller has a {@link PortalUser}.
 *
 * @param subject  the token's (or session's) subject
 * @param clientId the integration client's id, {@code null} for a person
 * @param scopes   the token's scopes, empty for a session
 */
public record ApiCaller(String subject, String clientId, Set<String> scopes) {

    private static final String SCOPE_PREFIX = "SCOPE_";

    public ApiCaller {
        scopes = Set.copyOf(scopes);
    }

    /** The authenticated caller of {@code exchange}, or nothing for an anonymous request. */
    public static Mono<ApiCaller> of(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .filter(Authentication.class::isInstance)
                .map(Authentication.class::cast)
                .filter(Authentication::isAuthenticated)
                .map(ApiCaller::from);
    }

    /**
     * The integration client that sent {@code exchange}, or nothing for a person or an anonymous request. A
     * person's request is told apart by the token's {@code client_id} alone, before any caller is built: the
     * rate limits ask this on every API request and count clients only.
     */
    public static Mono<ApiCaller> clientOf(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .filter(ApiCaller::isClientToken)
                .map(Authentication.class::cast)
                .filter(Authentication::isAuthenticated)
                .map(ApiCaller::from);
    }

    /** Whether {@code principal} is a client-credentials token, which carries {@code client_id}. */
    static boolean isClientToken(Object principal) {
        return principal instanceof JwtAuthenticationToken token && token.getToken().hasClaim(KeycloakClaims.CLIENT_ID);
    }

    static ApiCaller from(Authentication authentication) {
        Set<String> scopes = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(SCOPE_PREFIX))
                .map(authority -> authority.substring(SCOPE_PREFIX.length()))
                .collect(Collectors.toSet());
        if (authentication instanceof JwtAuthenticationToken token) {
            return new ApiCaller(token.getToken().getSubject(),
                    token.getToken().getClaimAsString(KeycloakClaims.CLIENT_ID), scopes);
        }
        if (authentication.getPrincipal() instanceof OidcUser person) {
            return new ApiCaller(person.getSubject(), null, scopes);
        }
        return new ApiCaller(authentication.getName(), null, scopes);
    }

    public boolean isClient() {
        return clientId != null;
    }

    /** One name per caller, never shared between a client and a person: {@code client:<id>} or {@code person:<sub>}. */
    public String key() {
        return isClient() ? "client:" + clientId : "person:" + subject;
    }
}
