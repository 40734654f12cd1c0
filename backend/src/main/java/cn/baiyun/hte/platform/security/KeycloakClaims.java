package cn.baiyun.hte.platform.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads the Keycloak-specific claims that ID tokens and access tokens share. */
final class KeycloakClaims {

    static final String DEPARTMENT = "department";
    static final String CLIENT_ID = "client_id";
    /** The USCC of the firm a client is bound to: a hardcoded-claim mapper on that Keycloak client. */
    static final String FIRM_USCC = "firm_uscc";

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

    static String firmUscc(Map<String, Object> claims) {
        Object value = claims.get(FIRM_USCC);
        return value == null || String.valueOf(value).isBlank() ? null : String.valueOf(value).strip().toUpperCase(Locale.ROOT);
    }

    static String department(Map<String, Object> claims) {
        Object value = claims.get(DEPARTMENT);
        if (value instanceof List<?> list) {
            return list.isEmpty() ? null : String.valueOf(list.get(0));
        }
        return value == null ? null : String.valueOf(value);
    }
}
