package cn.baiyun.hte.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/** The sign-in tells every feature listening who signed in, and no listener's failure fails the sign-in. */
class SignInUsersTest {

    static final Duration TIMEOUT = Duration.ofSeconds(5);

    @Test
    void everyListenerIsToldWhoSignedInEvenAfterOneOfThemFailed() {
        OidcUser keycloakSays = new DefaultOidcUser(List.of(), OidcIdToken.withTokenValue("id-token")
                .subject("00000000-0000-4000-8000-000000000011").claim("email", "firm-a@demo.hte.example")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build());
        List<SignInListener.SignedIn> told = new ArrayList<>();
        Map<String, Object> listeners = new LinkedHashMap<>();
        listeners.put("failing", (SignInListener) person -> Mono.error(new IllegalStateException("database down")));
        listeners.put("remembering", (SignInListener) person -> Mono.fromRunnable(() -> told.add(person)));
        SignInUsers users = new SignInUsers(request -> Mono.just(keycloakSays),
                new StaticListableBeanFactory(listeners).getBeanProvider(SignInListener.class));

        assertThat(users.loadUser(null).block(TIMEOUT)).isSameAs(keycloakSays);
        assertThat(told).containsExactly(new SignInListener.SignedIn("00000000-0000-4000-8000-000000000011",
                "firm-a@demo.hte.example", Locale.SIMPLIFIED_CHINESE));
    }
}
