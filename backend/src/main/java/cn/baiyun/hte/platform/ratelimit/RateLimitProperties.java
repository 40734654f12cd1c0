package cn.baiyun.hte.platform.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Per-client rate limits of the API ({@code hte.rate-limits.*}): how many requests an integration client may
 * send in each fixed window. A client's own entry wins; otherwise the highest entry among its token's
 * scopes; otherwise the default. Scope names hold a colon, so in YAML they are written in brackets:
 * {@code "[referrals:write]": 300}.
 *
 * @param enabled      off to count nothing (e.g. behind a gateway that limits already)
 * @param window       the length of a window; windows start at multiples of it since the epoch
 * @param defaultLimit requests per window of a client without an entry
 * @param clients      requests per window by client id
 * @param scopes       requests per window by scope
 */
@ConfigurationProperties("hte.rate-limits")
record RateLimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue("PT1M") Duration window,
                           @DefaultValue("600") int defaultLimit, Map<String, Integer> clients,
                           Map<String, Integer> scopes) {

    RateLimitProperties {
        if (window.toMillis() < 1_000) {
            throw new IllegalArgumentException("hte.rate-limits.window must be at least a second");
        }
        clients = clients == null ? Map.of() : Map.copyOf(clients);
        scopes = scopes == null ? Map.of() : Map.copyOf(scopes);
    }

    /** The limit of a client with {@code clientId} and {@code grantedScopes}. */
    int limitOf(String clientId, Set<String> grantedScopes) {
        Integer own = clients.get(clientId);
        if (own != null) {
            return own;
        }
        return grantedScopes.stream().map(scopes::get).filter(limit -> limit != null)
                .max(Integer::compare).orElse(defaultLimit);
    }
}
