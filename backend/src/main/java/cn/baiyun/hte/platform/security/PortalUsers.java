package cn.baiyun.hte.platform.security;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Builds the {@link PortalUser} of an authenticated request. */
final class PortalUsers {

    private static final String SCOPE_PREFIX = "SCOPE_";

    private PortalUsers() {
    }

    static PortalUser from(Authentication authentication) {
        Set<PortalRole> roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .flatMap(a -> PortalRole.fromAuthority(a).stream())
                .collect(Collectors.toSet());
        if (authentication instanceof JwtAuthenticationToken token) {
            return fromJwt(token.getToken(), roles, scopes(authentication));
        }
        if (authentication.getPrincipal() instanceof OidcUser oidc) {
            return new PortalUser(oidc.getSubject(), oidc.getPreferredUsername(), displayName(oidc),
                    roles, KeycloakClaims.department(oidc.getClaims()), Set.of(), false);
        }
        throw new IllegalStateException("Unsupported authentication " + authentication.getClass().getName());
    }

    private static PortalUser fromJwt(Jwt jwt, Set<PortalRole> roles, Set<String> scopes) {
        boolean client = jwt.hasClaim(KeycloakClaims.CLIENT_ID);
        String username = jwt.getClaimAsString("preferred_username");
        String name = PersonName.of(jwt.getClaimAsString("given_name"), jwt.getClaimAsString("family_name"),
                jwt.hasClaim("name") ? jwt.getClaimAsString("name") : username);
        return new PortalUser(jwt.getSubject(), username, name, roles,
                KeycloakClaims.department(jwt.getClaims()), scopes, client, KeycloakClaims.firmUscc(jwt.getClaims()));
    }

    private static Set<String> scopes(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(SCOPE_PREFIX))
                .map(a -> a.substring(SCOPE_PREFIX.length()))
                .collect(Collectors.toSet());
    }

    private static String displayName(OidcUser oidc) {
        return PersonName.of(oidc.getGivenName(), oidc.getFamilyName(),
                oidc.getFullName() != null ? oidc.getFullName() : oidc.getPreferredUsername());
    }
}
