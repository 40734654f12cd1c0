package cn.baiyun.hte.platform.security;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.stereotype.Component;

/**
 * Keycloak realm roles become {@code ROLE_*} authorities for both ways in (ID token on the pages,
 * access token on the API); bearer tokens add their scopes as {@code SCOPE_*}.
 */
@Component
class PortalAuthorities implements GrantedAuthoritiesMapper {

    @Override
    public Collection<? extends GrantedAuthority> mapAuthorities(Collection<? extends GrantedAuthority> authorities) {
        Set<GrantedAuthority> mapped = new HashSet<>(authorities);
        authorities.stream()
                .filter(OidcUserAuthority.class::isInstance)
                .map(OidcUserAuthority.class::cast)
                .forEach(oidc -> KeycloakClaims.realmRoles(oidc.getIdToken().getClaims())
                        .forEach(role -> mapped.add(role.authority())));
        return mapped;
    }

    Converter<Jwt, AbstractAuthenticationToken> jwtConverter() {
        JwtGrantedAuthoritiesConverter scopes = new JwtGrantedAuthoritiesConverter();
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> {
            Set<GrantedAuthority> granted = new HashSet<>(scopes.convert(jwt));
            KeycloakClaims.realmRoles(jwt.getClaims()).forEach(role -> granted.add(role.authority()));
            return granted;
        });
        return converter;
    }
}
