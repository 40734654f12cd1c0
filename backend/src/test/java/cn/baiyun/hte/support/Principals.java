package cn.baiyun.hte.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.baiyun.hte.platform.security.PortalRole;
import cn.baiyun.hte.platform.security.PortalUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.test.web.reactive.server.WebTestClientConfigurer;

/**
 * Test callers, each able to appear both as a bearer token on the API and as a signed-in page session,
 * with the same claims Keycloak would issue.
 */
public record Principals(PortalUser user) {

    public static Principals firmUser(String name) {
        return person(name, PortalRole.ENTERPRISE, null);
    }

    public static Principals reviewer() {
        return person("reviewer", PortalRole.REVIEWER, null);
    }

    public static Principals department(String department) {
        return person("officer", PortalRole.DEPARTMENT, department);
    }

    public static Principals admin() {
        return person("admin", PortalRole.ADMIN, null);
    }

    public static Principals integrationClient(String... scopes) {
        String id = UUID.randomUUID().toString();
        return new Principals(new PortalUser(id, "service-account-demo-integration", "service-account-demo-integration",
                java.util.Set.of(), null, java.util.Set.of(scopes), true));
    }

    /**
     * An integration client whose token carries a {@code department} claim (a hardcoded-claim mapper on its
     * Keycloak client), as a partner department's system that refers firms.
     */
    public static Principals departmentClient(String department, String... scopes) {
        String id = UUID.randomUUID().toString();
        String username = "service-account-department-system";
        return new Principals(new PortalUser(id, username, username, java.util.Set.of(), department,
                java.util.Set.of(scopes), true));
    }

    /**
     * A firm's own software: a client whose token carries the firm's USCC in {@code firm_uscc} (a hardcoded-claim
     * mapper on its Keycloak client), as the demo realm's {@code demo-firm-a-finance}.
     */
    public static Principals firmSoftware(String uscc, String... scopes) {
        String id = UUID.randomUUID().toString();
        String username = "service-account-firm-software";
        return new Principals(new PortalUser(id, username, username, java.util.Set.of(), null,
                java.util.Set.of(scopes), true, uscc));
    }

    /** A user of the realm file {@code keycloak/hte-realm.json}, as the end-to-end tests sign in. */
    public static Principals realmUser(String id, String username, PortalRole role) {
        return new Principals(new PortalUser(id, username, username, java.util.Set.of(role), null, java.util.Set.of(),
                false));
    }

    private static Principals person(String name, PortalRole role, String department) {
        String id = UUID.randomUUID().toString();
        return new Principals(new PortalUser(id, name + "-" + id.substring(0, 8), name, java.util.Set.of(role),
                department, java.util.Set.of(), false));
    }

    /** A Keycloak access token for this caller, as the API's resource server sees it. */
    public WebTestClientConfigurer bearer() {
        return SecurityMockServerConfigurers.mockJwt()
                .jwt(this::accessTokenClaims)
                .authorities(authorities());
    }

    /** The claims of this caller's Keycloak access token (also for tests against a real server's socket). */
    public void accessTokenClaims(Jwt.Builder jwt) {
        jwt.subject(user.id()).claim("preferred_username", user.username()).claim("name", user.displayName())
                .claim("realm_access", Map.of("roles", realmRoles()))
                .claim("aud", List.of("hte-portal-api"))
                .claim("scope", String.join(" ", user.scopes()));
        if (user.department() != null) {
            jwt.claim("department", user.department());
        }
        if (user.client()) {
            jwt.claim("client_id", "demo-integration");
        }
        if (user.firmUscc() != null) {
            jwt.claim("firm_uscc", user.firmUscc());
        }
    }

    /** A portal page session after signing in through Keycloak. */
    public WebTestClientConfigurer session() {
        return SecurityMockServerConfigurers.mockOidcLogin()
                .idToken(token -> {
                    token.subject(user.id()).claim("preferred_username", user.username()).claim("name", user.displayName())
                            .claim("realm_access", Map.of("roles", realmRoles()));
                    if (user.department() != null) {
                        token.claim("department", user.department());
                    }
                })
                .authorities(authorities());
    }

    private List<String> realmRoles() {
        return user.roles().stream().map(PortalRole::realmRole).toList();
    }

    private Collection<GrantedAuthority> authorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        user.roles().forEach(role -> authorities.add(role.authority()));
        user.scopes().forEach(scope -> authorities.add(new SimpleGrantedAuthority("SCOPE_" + scope)));
        return authorities;
    }
}
