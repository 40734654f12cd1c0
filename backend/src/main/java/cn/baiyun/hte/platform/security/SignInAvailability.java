package cn.baiyun.hte.platform.security;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * Whether Keycloak answers, asked before a browser is sent there to sign in: a browser sent to a Keycloak
 * that is down shows its own connection error, which tells the person nothing. Asks the realm's address
 * on the server's side (Keycloak's internal address). Only a "down" is kept a few seconds, so a burst of
 * sign-ins during an outage waits for one answer; a "yes" is asked afresh, since a remembered one would
 * send people to a Keycloak that has just gone.
 */
@Component
class SignInAvailability {

    private static final Logger log = LoggerFactory.getLogger(SignInAvailability.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final Duration REMEMBERED = Duration.ofSeconds(5);

    private final Mono<Boolean> reachable;

    SignInAvailability(KeycloakProperties keycloak) {
        String realm = keycloak.internalUrl() + "/realms/" + keycloak.realm();
        this.reachable = WebClient.create().get().uri(realm).retrieve().toBodilessEntity()
                .map(answer -> true)
                .timeout(TIMEOUT)
                .onErrorResume(down -> {
                    log.warn("Keycloak at {} does not answer ({}); sign-in shows it is unavailable", realm,
                            down.toString());
                    return Mono.just(false);
                })
                .cache(up -> up ? Duration.ZERO : REMEMBERED, error -> Duration.ZERO, () -> Duration.ZERO);
    }

    /** True when Keycloak's realm answers now; false when it did not within the last few seconds. */
    Mono<Boolean> reachable() {
        return reachable;
    }
}
