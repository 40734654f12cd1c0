package cn.baiyun.hte.platform.security;

import java.net.InetSocketAddress;
import java.net.URI;

import cn.baiyun.hte.platform.error.ProblemResponseWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.WebSessionServerCsrfTokenRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.adapter.ForwardedHeaderTransformer;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;
import reactor.core.publisher.Mono;

/**
 * Two ways in. The API ({@code /api/**}) is a stateless resource server taking Keycloak bearer tokens.
 * Everything else is the portal's pages: a backend-for-frontend that signs people in with the
 * authorization code flow (PKCE), keeps the tokens in the server-side session and protects forms
 * with CSRF tokens. A client's scopes are checked here for every API operation ({@link ClientScope}); finer
 * checks (firm membership, department, firm binding) happen in the features' services.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableConfigurationProperties(TrustedProxies.class)
class SecurityConfiguration {

    /** The form field of the CSRF token: Spring Security's default, which Thymeleaf's hidden field uses. */
    static final String CSRF_PARAMETER = "_csrf";

    /** What the bureau publishes (announcements, policies and their PDFs): anyone reads it, signed in or not. */
    private static final String[] PUBLIC_PAGES = {"/announcements", "/announcements/*", "/policies", "/policies/*",
            "/policies/*/document"};

    /** Forwarded headers count only from the configured proxies: see {@link ProxyHeaders}. */
    @Bean(WebHttpHandlerBuilder.FORWARDED_HEADER_TRANSFORMER_BEAN_NAME)
    ForwardedHeaderTransformer forwardedHeaderTransformer(TrustedProxies proxies) {
        return new ProxyHeaders(proxies);
    }

    /**
     * Spring Security observes nothing: with an observation registry present it wrapped each of the chain's
     * filters, and the authentication and authorization managers, in an observation of its own on every request
     * (start, stop, tags, timers), which no dashboard or alert of the portal reads. The request as a whole is still
     * observed ({@code http.server.requests}).
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @Order(1)
    SecurityWebFilterChain apiSecurity(ServerHttpSecurity http, PortalAuthorities authorities,
                                       ClientScopeAuthorization clientScopes, ProblemResponseWriter problems) {
        return http
                .securityMatcher(ServerWebExchangeMatchers.pathMatchers("/api/**"))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(HttpMethod.GET, PublicApi.READS).permitAll()
                        // Authenticated; a client also needs the scopes of the handler's @ClientScope.
                        .anyExchange().access(clientScopes))
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenConverter(new BearerTokens())
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(
                                new ReactiveJwtAuthenticationConverterAdapter(authorities.jwtConverter())))
                        .authenticationEntryPoint((exchange, error) -> unauthorized(problems, exchange, error))
                        .accessDeniedHandler((exchange, error) -> problems.write(exchange, error)))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint((exchange, error) -> unauthorized(problems, exchange, error))
                        .accessDeniedHandler((exchange, error) -> problems.write(exchange, error)))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .headers(SecurityHeaders::forApi)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .build();
    }

    @Bean
    @Order(2)
    SecurityWebFilterChain pageSecurity(ServerHttpSecurity http, ReactiveClientRegistrationRepository registrations,
                                        SignInUnavailableHandler signInUnavailable, KeycloakProperties keycloak,
                                        @Value("${management.server.port:0}") int managementPort) {
        ServerCsrfTokenRepository csrfTokens = new WebSessionServerCsrfTokenRepository();
        return http
                .authorizeExchange(exchanges -> exchanges
                        // The actuator's own port (production: 8081) is reached by the kubelet and Prometheus
                        // only, never through the Ingress (k8s/), so its probes and metrics need no sign-in.
                        .matchers(onPort(managementPort)).permitAll()
                        .pathMatchers("/", "/guide", "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico",
                                "/error", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui/**",
                                "/swagger-ui.html").permitAll()
                        .pathMatchers(SignInUnavailableHandler.PAGE).permitAll()
                        .pathMatchers(HttpMethod.GET, PUBLIC_PAGES).permitAll()
                        // Published roadshows, one event and its calendar file are public; signing up is not.
                        .pathMatchers(HttpMethod.GET, "/roadshows", "/roadshows/*").permitAll()
                        .pathMatchers("/actuator/**").hasRole(PortalRole.ADMIN.name())
                        .pathMatchers("/reviewer/**").hasRole(PortalRole.REVIEWER.name())
                        .anyExchange().authenticated())
                .addFilterBefore(MultipartCsrfTokenHandler.peekAtMultipartBodies(CSRF_PARAMETER), SecurityWebFiltersOrder.CSRF)
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens).csrfTokenRequestHandler(new MultipartCsrfTokenHandler()))
                .headers(headers -> SecurityHeaders.forPages(headers, keycloak))
                .oauth2Login(login -> signInUnavailable.applyTo(login.authorizationRequestResolver(pkce(registrations))
                        .authenticationSuccessHandler(new CsrfTokenAtSignIn(csrfTokens))))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(new RedirectServerAuthenticationEntryPoint(
                                "/oauth2/authorization/" + IdentityProviderConfiguration.REGISTRATION_ID))
                        // Handed on as an error, so the portal's own error page answers (styled, in the
                        // reader's language) instead of Spring Security's bare text.
                        .accessDeniedHandler((exchange, denied) ->
                                Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN, null, denied))))
                .logout(logout -> logout.logoutSuccessHandler(endKeycloakSession(registrations)))
                .build();
    }

    /**
     * A 401 of the API says how to authenticate (RFC 6750): {@code Bearer}, and for a token that was sent
     * but refused {@code error="invalid_token"}; the body stays the problem+json of every error. The
     * reason is not repeated in the header: the problem's detail already tells it, localized.
     */
    private static Mono<Void> unauthorized(ProblemResponseWriter problems, ServerWebExchange exchange,
                                           AuthenticationException error) {
        String challenge = error instanceof OAuth2AuthenticationException refused
                ? "Bearer error=\"" + refused.getError().getErrorCode() + "\""
                : "Bearer";
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, challenge);
        return problems.write(exchange, error);
    }

    /** Requests that came in on {@code port}; none when it is 0 (the actuator shares the application's port). */
    private static ServerWebExchangeMatcher onPort(int port) {
        return exchange -> {
            InetSocketAddress local = exchange.getRequest().getLocalAddress();
            return port > 0 && local != null && local.getPort() == port ? ServerWebExchangeMatcher.MatchResult.match()
                    : ServerWebExchangeMatcher.MatchResult.notMatch();
        };
    }

    /** PKCE also for our confidential client: a stolen authorization code is then worthless. */
    private static DefaultServerOAuth2AuthorizationRequestResolver pkce(ReactiveClientRegistrationRepository registrations) {
        var resolver = new DefaultServerOAuth2AuthorizationRequestResolver(registrations);
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        return resolver;
    }

    /** Logging out of the portal also ends the Keycloak session, then returns to the portal's home. */
    private static OidcClientInitiatedServerLogoutSuccessHandler endKeycloakSession(
            ReactiveClientRegistrationRepository registrations) {
        var handler = new OidcClientInitiatedServerLogoutSuccessHandler(registrations);
        handler.setPostLogoutRedirectUri("{baseUrl}/");
        handler.setLogoutSuccessUrl(URI.create("/"));
        return handler;
    }
}
