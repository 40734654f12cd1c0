package cn.baiyun.hte.platform.security;

import java.util.Locale;

import reactor.core.publisher.Mono;

/**
 * Told each time a person signs in to the pages, with what Keycloak said of them then: the moment a feature
 * learns something the portal otherwise never asks for (it keeps no user directory), such as the mail address
 * notices are sent to. A listener that fails is logged and never fails the sign-in ({@link SignInUsers}).
 */
public interface SignInListener {

    Mono<Void> signedIn(SignedIn person);

    /**
     * @param userId the person's id (the ID token's subject), as {@link PortalUser#id()}
     * @param email  the {@code email} claim; null when Keycloak has none
     * @param locale the language they sign in to the portal in
     */
    record SignedIn(String userId, String email, Locale locale) {
    }
}
