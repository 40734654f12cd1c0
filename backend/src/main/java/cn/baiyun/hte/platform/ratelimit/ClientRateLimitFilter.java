package cn.baiyun.hte.platform.ratelimit;

import java.time.Clock;
import java.time.Instant;

import cn.baiyun.hte.platform.error.ProblemResponseWriter;
import cn.baiyun.hte.platform.error.ProblemType;
import cn.baiyun.hte.platform.security.ApiCaller;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Limits how many API requests each integration client (a client-credentials token) sends per window,
 * counted in the shared database ({@link RequestCounters}) so that the limit holds across replicas. Over
 * its limit a client gets 429 problem+json with {@code Retry-After} (seconds until the window ends). Every
 * counted answer says where the client stands in the IETF draft's {@code RateLimit-Policy} and
 * {@code RateLimit} headers. People are not limited, neither on pages nor with their own bearer tokens:
 * they act at a person's pace and sign in through Keycloak, whose brute-force protection guards the way
 * in; the limits are there for machines that loop. Runs after Spring Security, so an unauthenticated
 * request is refused before it counts.
 */
class ClientRateLimitFilter implements WebFilter, Ordered {

    /** After Spring Security's filter chain (-100), before safe retries: a refused request takes no key. */
    static final int ORDER = -50;
    static final String POLICY = "RateLimit-Policy";
    static final String STATE = "RateLimit";
    private static final String API = "/api/";
    private static final String POLICY_NAME = "\"per-client\"";

    private final RequestCounters counters;
    private final RateLimitProperties limits;
    private final ProblemResponseWriter problems;
    private final Clock clock;

    ClientRateLimitFilter(RequestCounters counters, RateLimitProperties limits, ProblemResponseWriter problems,
                          Clock clock) {
        this.counters = counters;
        this.limits = limits;
        this.problems = problems;
        this.clock = clock;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!limits.enabled() || !exchange.getRequest().getPath().pathWithinApplication().value().startsWith(API)) {
            return chain.filter(exchange);
        }
        return ApiCaller.clientOf(exchange)
                .flatMap(client -> count(exchange, client))
                .defaultIfEmpty(true)
                .flatMap(allowed -> allowed ? chain.filter(exchange)
                        : problems.write(exchange, ProblemType.RATE_LIMITED));
    }

    /** Counts the request and sets the headers; answers whether it is within the client's limit. */
    private Mono<Boolean> count(ServerWebExchange exchange, ApiCaller client) {
        long window = limits.window().toMillis();
        Instant now = Instant.now(clock);
        Instant start = Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), window) * window);
        Instant end = start.plusMillis(window);
        int limit = limits.limitOf(client.clientId(), client.scopes());
        long secondsLeft = Math.max(1, (end.toEpochMilli() - now.toEpochMilli() + 999) / 1000);
        return counters.count(client.clientId(), start, end).map(count -> {
            HttpHeaders headers = exchange.getResponse().getHeaders();
            headers.set(POLICY, POLICY_NAME + ";q=" + limit + ";w=" + limits.window().toSeconds());
            headers.set(STATE, POLICY_NAME + ";r=" + Math.max(0, limit - count) + ";t=" + secondsLeft);
            if (count > limit) {
                headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(secondsLeft));
                return false;
            }
            return true;
        });
    }
}
