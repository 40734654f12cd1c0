package cn.baiyun.hte.platform.security;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import cn.baiyun.hte.enterprise.EnterpriseService;
import cn.baiyun.hte.notification.NoticeService;
import cn.baiyun.hte.platform.error.ProblemFactory;
import cn.baiyun.hte.platform.error.ProblemResponseWriter;
import cn.baiyun.hte.platform.i18n.LocaleConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockOidcLogin;

/** The two security chains on their own, with a probe controller that echoes who the caller is. */
@WebFluxTest(controllers = SecurityChainsTest.Probe.class)
@Import({SecurityConfiguration.class, IdentityProviderConfiguration.class, PortalAuthorities.class,
        ProblemFactory.class, ProblemResponseWriter.class, LocaleConfiguration.class, SecurityChainsTest.Probe.class,
        SignInUnavailableHandler.class, SignInAvailability.class, ClientScopeAuthorization.class})
class SecurityChainsTest {

    @Autowired
    WebTestClient web;

    /** The pages' header lists the reader's firms; in this slice there are none. */
    @MockitoBean
    EnterpriseService enterprises;

    /** The pages' header counts the reader's unread notices; the probe is no page, so it is never asked. */
    @MockitoBean
    NoticeService notices;

    @BeforeEach
    void noFirms() {
        when(enterprises.firmsOf(any())).thenReturn(Flux.empty());
    }

    @RestController
    static class Probe {

        @GetMapping("/api/v1/probe")
        @ClientScope({})
        PortalUser api(PortalUser user) {
            return user;
        }

        @GetMapping("/api/v1/probe/scoped")
        @ClientScope(Scopes.REFERRALS_READ)
        PortalUser scoped(PortalUser user) {
            return user;
        }

        @GetMapping("/api/v1/probe/people")
        PortalUser people(PortalUser user) {
            return user;
        }

        @GetMapping({"/probe", "/reviewer/probe"})
        PortalUser page(PortalUser user) {
            return user;
        }

        @PostMapping("/probe")
        PortalUser post(PortalUser user) {
            return user;
        }
    }

    @Test
    void apiWithoutTokenIsAnUnauthorizedProblem() {
        web.get().uri("/api/v1/probe").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer")
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:hte:problem:unauthorized");
    }

    @Test
    void realmRolesScopesAndDepartmentOfABearerTokenReachTheCaller() {
        web.mutateWith(mockJwt()
                        .jwt(jwt -> jwt.subject("u-1").claim("preferred_username", "officer")
                                .claim("realm_access", Map.of("roles", List.of("department", "offline_access")))
                                .claim("department", "工信局"))
                        .authorities(PortalRole.DEPARTMENT.authority(), new SimpleGrantedAuthority("SCOPE_profile")))
                .get().uri("/api/v1/probe").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.id").isEqualTo("u-1")
                .jsonPath("$.roles[0]").isEqualTo("DEPARTMENT")
                .jsonPath("$.roles.length()").isEqualTo(1)
                .jsonPath("$.department").isEqualTo("工信局")
                .jsonPath("$.scopes[0]").isEqualTo("profile")
                .jsonPath("$.client").isEqualTo(false);
    }

    @Test
    void serviceAccountTokenIsAClient() {
        web.mutateWith(mockJwt().jwt(jwt -> jwt.subject("sa").claim("client_id", "demo-integration")))
                .get().uri("/api/v1/probe").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.client").isEqualTo(true);
    }

    @Test
    void aClientNeedsTheScopeItsOperationDeclares() {
        web.mutateWith(client("SCOPE_referrals:read", "SCOPE_enterprises:read")).get().uri("/api/v1/probe/scoped")
                .exchange().expectStatus().isOk();
        web.mutateWith(client("SCOPE_enterprises:read", "SCOPE_referrals:write")).get().uri("/api/v1/probe/scoped")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer error=\"insufficient_scope\", scope=\"referrals:read\"")
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:hte:problem:forbidden");
    }

    @Test
    void anOperationWithoutAClientScopeIsForPeopleOnly() {
        web.mutateWith(client(Scopes.ALL.keySet().stream().map(Scopes::authority).toArray(String[]::new)))
                .get().uri("/api/v1/probe/people").exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        web.mutateWith(mockJwt().authorities(PortalRole.ENTERPRISE.authority())).get().uri("/api/v1/probe/people")
                .exchange().expectStatus().isOk();
    }

    @Test
    void peopleAreNotJudgedByScopes() {
        web.mutateWith(mockJwt().authorities(PortalRole.DEPARTMENT.authority())).get().uri("/api/v1/probe/scoped")
                .exchange().expectStatus().isOk();
        web.mutateWith(mockOidcLogin().authorities(PortalRole.DEPARTMENT.authority())).get().uri("/api/v1/probe/scoped")
                .exchange().expectStatus().isOk();
    }

    @Test
    void aClientCallingNoOperationGetsTheDispatchersAnswer() {
        web.mutateWith(client()).get().uri("/api/v1/nothing-here").exchange().expectStatus().isNotFound();
        web.mutateWith(client()).delete().uri("/api/v1/probe/scoped").exchange()
                .expectStatus().isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
    }

    private static JwtMutator client(String... authorities) {
        return mockJwt().jwt(jwt -> jwt.subject("sa").claim("client_id", "demo-integration"))
                .authorities(Arrays.stream(authorities).map(SimpleGrantedAuthority::new).toArray(GrantedAuthority[]::new));
    }

    @Test
    void anonymousPageVisitorIsSentToKeycloak() {
        web.get().uri("/probe").exchange()
                .expectStatus().isFound()
                .expectHeader().valueEquals("Location", "/oauth2/authorization/portal-web");
    }

    @Test
    void signedInPersonIsTheCallerWithTheRolesOfTheIdToken() {
        web.mutateWith(mockOidcLogin()
                        .idToken(token -> token.subject("u-2").claim("preferred_username", "firm-a"))
                        .authorities(PortalRole.ENTERPRISE.authority()))
                .get().uri("/probe").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.username").isEqualTo("firm-a").jsonPath("$.roles[0]").isEqualTo("ENTERPRISE");
    }

    @Test
    void formPostWithoutCsrfTokenIsRefused() {
        web.mutateWith(mockOidcLogin().authorities(PortalRole.ENTERPRISE.authority()))
                .post().uri("/probe").exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void reviewerPagesAreForReviewersOnly() {
        web.mutateWith(mockOidcLogin().authorities(PortalRole.ENTERPRISE.authority()))
                .get().uri("/reviewer/probe").exchange()
                .expectStatus().isForbidden();
        web.mutateWith(mockOidcLogin().authorities(PortalRole.REVIEWER.authority()))
                .get().uri("/reviewer/probe").exchange()
                .expectStatus().isOk();
    }

    @Test
    void pagesMayRunOnlyThePortalsOwnScriptsAndStylesAndAreNeverFramed() {
        web.mutateWith(mockOidcLogin().authorities(PortalRole.ENTERPRISE.authority()))
                .get().uri("/probe").exchange()
                .expectStatus().isOk()
                .expectHeader().value("Content-Security-Policy", policy -> assertThat(policy)
                        .contains("default-src 'self'", "script-src 'self';", "style-src 'self';", "object-src 'none'",
                                "frame-ancestors 'none'", "base-uri 'self'")
                        .containsPattern("form-action 'self' http://localhost:\\d+$")
                        .doesNotContain("unsafe-inline", "unsafe-eval"))
                .expectHeader().value("Permissions-Policy", policy -> assertThat(policy)
                        .contains("camera=()", "microphone=()", "geolocation=()"))
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff");
    }

    @Test
    void onlyTheApiDocumentationMayUseInlineStyles() {
        web.get().uri("/webjars/swagger-ui/index.html").exchange()
                .expectHeader().value("Content-Security-Policy", policy -> assertThat(policy)
                        .contains("style-src 'self' 'unsafe-inline';", "script-src 'self';")
                        .doesNotContain("script-src 'self' 'unsafe-inline'"));
        web.get().uri("/guide").exchange()
                .expectHeader().value("Content-Security-Policy", policy -> assertThat(policy).doesNotContain("unsafe-inline"));
    }

    @Test
    void apiAnswersAreNeverRenderedAsDocuments() {
        web.mutateWith(mockJwt()).get().uri("/api/v1/probe").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Content-Security-Policy", SecurityHeaders.API_POLICY)
                .expectHeader().exists("Permissions-Policy");
    }

    @Test
    void strictTransportSecurityOnlyOverHttps() {
        web.get().uri("http://portal.example/").exchange()
                .expectHeader().doesNotExist("Strict-Transport-Security");
        web.get().uri("https://portal.example/").exchange()
                .expectHeader().value("Strict-Transport-Security", hsts -> assertThat(hsts).contains("max-age="));
        web.mutateWith(mockJwt()).get().uri("https://portal.example/api/v1/probe").exchange()
                .expectHeader().exists("Strict-Transport-Security");
    }

    @Test
    void aRefusedTokenIsAnInvalidTokenChallengeWithAProblem() {
        web.get().uri("/api/v1/probe").header("Authorization", "Bearer not-a-jwt").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
