package cn.baiyun.hte.platform.security;

import java.util.Set;

/**
 * Who is calling, whatever the way in: a person signed in to the pages, a person's bearer token, or an
 * integration client's service-account token. Controllers receive it as a method argument.
 *
 * @param id          the Keycloak subject ({@code sub}); stable, used to link memberships
 * @param username    the login name, or {@code service-account-<client>} for a client
 * @param displayName a name to show people
 * @param roles       realm roles the portal knows
 * @param department  the partner department of a {@code department} user, else {@code null}
 * @param scopes      OAuth2 scopes of a bearer token (empty for page sessions)
 * @param client      true for an integration client acting on its own behalf
 */
public record PortalUser(String id, String username, String displayName, Set<PortalRole> roles,
                         String department, Set<String> scopes, boolean client) {

    public PortalUser {
        roles = Set.copyOf(roles);
        scopes = Set.copyOf(scopes);
    }

    public boolean has(PortalRole role) {
        return roles.contains(role);
    }

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }

    public boolean isFirmUser() {
        return has(PortalRole.ENTERPRISE);
    }

    public boolean isDepartmentOfficer() {
        return has(PortalRole.DEPARTMENT);
    }

    public boolean isReviewer() {
        return has(PortalRole.REVIEWER);
    }
}
