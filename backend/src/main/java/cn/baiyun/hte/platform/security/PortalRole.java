package cn.baiyun.hte.platform.security;

import java.util.Locale;
import java.util.Optional;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The Keycloak realm roles the portal knows; any other realm role is ignored. */
public enum PortalRole {
    ENTERPRISE, REVIEWER, DEPARTMENT, ADMIN;

    static final String AUTHORITY_PREFIX = "ROLE_";

    public String realmRole() {
        return name().toLowerCase(Locale.ROOT);
    }

    public GrantedAuthority authority() {
        return new SimpleGrantedAuthority(AUTHORITY_PREFIX + name());
    }

    public static Optional<PortalRole> fromRealmRole(String realmRole) {
        for (PortalRole role : values()) {
            if (role.realmRole().equals(realmRole)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    static Optional<PortalRole> fromAuthority(String authority) {
        if (!authority.startsWith(AUTHORITY_PREFIX)) {
            return Optional.empty();
        }
        return fromRealmRole(authority.substring(AUTHORITY_PREFIX.length()).toLowerCase(Locale.ROOT));
    }
}
