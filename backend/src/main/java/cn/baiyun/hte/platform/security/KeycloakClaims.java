package cn.baiyun.hte.platform.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the Keycloak-specific claims that ID tokens and access tokens share. */
final class KeycloakClaims {

    static final String DEPARTMENT = "department";
    static final String CLIENT_ID = "client_id";

    private KeycloakClaims() {
    }

    static Set<PortalRole> realmRoles(Map<String, Object> claims) {
        Set<PortalRole> roles = EnumSet.noneOf(PortalRole.class);
        if (claims.get("realm_access") instanceof Map<?, ?> realmAccess
                && realmAccess.get("roles") instanceof Collection<?> names) {
            names.forEach(name -> PortalRole.fromRealmRole(String.valueOf(name)).ifPresent(roles::add));
        }
        return roles;
    }

    static String department(Map<String, Object> claims) {
        Object value = claims.get(DEPARTMENT);
        if (value instanceof List<?> list) {
            return list.isEmpty() ? null : String.valueOf(list.get(0));
        }
        return value == null ? null : String.valueOf(value);
    }
}
