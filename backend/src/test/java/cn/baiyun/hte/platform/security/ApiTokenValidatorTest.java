package cn.baiyun.hte.platform.security;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

class ApiTokenValidatorTest {

    final KeycloakProperties keycloak = new KeycloakProperties("http://localhost:8180", null, "hte", "portal-web",
            "secret", "hte-portal-api");
    final OAuth2TokenValidator<Jwt> validator = IdentityProviderConfiguration.apiTokenValidator(keycloak);

    @Test
    void acceptsATokenOfOurRealmForOurApi() {
        assertThat(validator.validate(token("http://localhost:8180/realms/hte", List.of("hte-portal-api"),
                Instant.now().plusSeconds(60))).hasErrors()).isFalse();
    }

    @Test
    void rejectsATokenForAnotherAudience() {
        assertThat(validator.validate(token("http://localhost:8180/realms/hte", List.of("account"),
                Instant.now().plusSeconds(60))).hasErrors()).isTrue();
    }

    @Test
    void rejectsATokenOfAnotherIssuer() {
        assertThat(validator.validate(token("http://localhost:8180/realms/master", List.of("hte-portal-api"),
                Instant.now().plusSeconds(60))).hasErrors()).isTrue();
    }

    @Test
    void rejectsAnExpiredToken() {
        assertThat(validator.validate(token("http://localhost:8180/realms/hte", List.of("hte-portal-api"),
                Instant.now().minusSeconds(300))).hasErrors()).isTrue();
    }

    @Test
    void allowsAtMostThirtySecondsOfClockSkew() {
        assertThat(validator.validate(token("http://localhost:8180/realms/hte", List.of("hte-portal-api"),
                Instant.now().minusSeconds(20))).hasErrors()).isFalse();
        assertThat(validator.validate(token("http://localhost:8180/realms/hte", List.of("hte-portal-api"),
                Instant.now().minusSeconds(40))).hasErrors()).isTrue();
    }

    private static Jwt token(String issuer, List<String> audience, Instant expiry) {
        return Jwt.withTokenValue("token").header("alg", "RS256").issuer(issuer).audience(audience)
                .subject("someone").issuedAt(expiry.minusSeconds(300)).expiresAt(expiry).build();
    }
}
