package cn.baiyun.hte.platform.security;

import java.util.List;
import java.util.Locale;

import cn.baiyun.hte.platform.error.LogText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.ReactiveOAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The pages' sign-in user loading (picked up by Spring Security as the one {@link ReactiveOAuth2UserService}):
 * Spring Security's own, then every {@link SignInListener} told who signed in, one after the other. A
 * listener's failure is logged and the sign-in goes on, so no feature can lock people out.
 */
@Component
class SignInUsers implements ReactiveOAuth2UserService<OidcUserRequest, OidcUser> {

    private static final Logger log = LoggerFactory.getLogger(SignInUsers.class);

    private final ReactiveOAuth2UserService<OidcUserRequest, OidcUser> keycloak;
    private final ObjectProvider<SignInListener> listeners;

    @Autowired
    SignInUsers(ObjectProvider<SignInListener> listeners) {
        this(new OidcReactiveOAuth2UserService(), listeners);
    }

    SignInUsers(ReactiveOAuth2UserService<OidcUserRequest, OidcUser> keycloak, ObjectProvider<SignInListener> listeners) {
        this.keycloak = keycloak;
        this.listeners = listeners;
    }

    @Override
    public Mono<OidcUser> loadUser(OidcUserRequest request) {
        return keycloak.loadUser(request).flatMap(user -> Mono.deferContextual(context -> {
            Locale locale = context.<ServerWebExchange>getOrEmpty(ServerWebExchange.class)
                    .map(exchange -> exchange.getLocaleContext().getLocale())
                    .orElse(Locale.SIMPLIFIED_CHINESE);
            var person = new SignInListener.SignedIn(user.getSubject(), user.getEmail(), locale);
            List<SignInListener> told = listeners.orderedStream().toList();
            return Flux.fromIterable(told)
                    .concatMap(listener -> listener.signedIn(person).onErrorResume(error -> {
                        log.warn("{} failed at the sign-in of {}", listener.getClass().getSimpleName(),
                                LogText.of(user.getSubject()), LogText.encoded(error));
                        return Mono.empty();
                    }))
                    .then(Mono.just(user));
        }));
    }
}
