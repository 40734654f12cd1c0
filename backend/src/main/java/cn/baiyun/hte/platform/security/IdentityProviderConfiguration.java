package cn.baiyun.hte.platform.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.proc.JWKSecurityContext;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Keycloak's endpoints, spelled out rather than discovered: the portal must start while Keycloak is
 * still down (discovery would fail the start) and pick it up once it answers.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KeycloakProperties.class)
class IdentityProviderConfiguration {

    static final String REGISTRATION_ID = "portal-web";

    @Bean
    ReactiveClientRegistrationRepository clientRegistrations(KeycloakProperties keycloak) {
        ClientRegistration portalWeb = ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientId(keycloak.clientId())
                .clientSecret(keycloak.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .issuerUri(keycloak.issuer())
                .authorizationUri(keycloak.publicEndpoint("auth"))
                .tokenUri(keycloak.internalEndpoint("token"))
                .jwkSetUri(keycloak.internalEndpoint("certs"))
                .userInfoUri(keycloak.internalEndpoint("userinfo"))
                .userNameAttributeName("preferred_username")
                .providerConfigurationMetadata(Map.of("end_session_endpoint", keycloak.publicEndpoint("logout")))
                .build();
        return new InMemoryReactiveClientRegistrationRepository(portalWeb);
    }

    /**
     * Bearer tokens for the API: signature by the realm's keys (kept converted, {@link ConvertedSigningKeys}),
     * expiry, issuer and our audience.
     */
    @Bean
    ReactiveJwtDecoder apiJwtDecoder(KeycloakProperties keycloak) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder
                .withJwkSetUri(keycloak.internalEndpoint("certs"))
                .jwtProcessorCustomizer(processor -> processor.setJWSKeySelector(new ConvertedSigningKeys(
                        (JWSVerificationKeySelector<JWKSecurityContext>) processor.getJWSKeySelector())))
                .build();
        decoder.setJwtValidator(apiTokenValidator(keycloak));
        return decoder;
    }

    /** How far the clocks of Keycloak and the portal may disagree on a token's expiry and not-before. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    /** Expiry and not-before (30 s of skew, not Spring's 60), the realm as issuer, and the portal API among the audiences. */
    static OAuth2TokenValidator<Jwt> apiTokenValidator(KeycloakProperties keycloak) {
        return JwtValidators.createDefaultWithValidators(
                new JwtTimestampValidator(CLOCK_SKEW),
                new JwtIssuerValidator(keycloak.issuer()),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                        audiences -> audiences != null && audiences.contains(keycloak.audience())));
    }
}
