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
 * @param firmUscc    for a client bound to one firm (a firm's own software), that firm's unified social credit
 *                    code from its token's {@code firm_uscc} claim; else {@code null}. Such a client acts for
 *                    that firm only.
 */
public record PortalUser(String id, String username, String displayName, Set<PortalRole> roles,
                         String department, Set<String> scopes, boolean client, String firmUscc) {

    public PortalUser {
        roles = Set.copyOf(roles);
        scopes = Set.copyOf(scopes);
        firmUscc = client ? firmUscc : null;
    }

    /** A person, or a client bound to no firm. */
    public PortalUser(String id, String username, String displayName, Set<PortalRole> roles,
                      String department, Set<String> scopes, boolean client) {
        this(id, username, displayName, roles, department, scopes, client, null);
    }

    /** A client bound to one firm: it reads and writes that firm's data only, whatever its scopes. */
    public boolean boundToFirm() {
        return firmUscc != null;
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
