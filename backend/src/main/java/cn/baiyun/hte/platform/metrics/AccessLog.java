package cn.baiyun.hte.platform.metrics;

import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * One line per request, when it ends: method, path (never the query string, which may carry personal data),
 * status, duration, the request id and the signed-in user's id (Keycloak's subject, never a name, token or
 * phone number). The request id is the ingress's {@code X-Request-ID} when it sends a plausible one, so a line
 * can be followed from the ingress's log to ours, and is returned in the answer for a reader who reports a
 * problem. The fields go into the MDC for the one line, which the JSON log of production shows as fields.
 * The actuator's probes and scrapes are left out. Outermost filter, so that it also sees requests that security
 * refused; the user is noted by {@link AccessLogUser}, which runs inside security.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnBooleanProperty("hte.access-log.enabled")
class AccessLog implements WebFilter {

    static final String REQUEST_ID_HEADER = "X-Request-ID";
    private static final String ACTUATOR = "/actuator/";
    static final String REQUEST_ID = "request.id";
    static final String USER_ID = "user.id";
    static final String USER_ATTRIBUTE = AccessLog.class.getName() + ".user";
    private static final Pattern PLAUSIBLE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Logger log = LoggerFactory.getLogger("cn.baiyun.hte.access");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (exchange.getRequest().getPath().value().startsWith(ACTUATOR)) {
            return chain.filter(exchange); // probes and scrapes every few seconds: their own metrics tell enough
        }
        long start = System.nanoTime();
        String requestId = requestId(exchange.getRequest());
        exchange.getResponse().getHeaders().set(REQUEST_ID_HEADER, requestId);
        return chain.filter(exchange).doFinally(signal -> {
            ServerHttpRequest request = exchange.getRequest();
            HttpStatusCode status = exchange.getResponse().getStatusCode();
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            String user = exchange.getAttribute(USER_ATTRIBUTE);
            MDC.put(REQUEST_ID, requestId);
            if (user != null) {
                MDC.put(USER_ID, user);
            }
            try {
                log.info("{} {} {} {} ms{}", request.getMethod().name(), request.getPath().value(),
                        status == null ? "-" : status.value(), millis,
                        switch (signal) {
                            case CANCEL -> " (the client went away)";
                            case ON_ERROR -> " (failed)";
                            default -> "";
                        });
            } finally {
                MDC.remove(REQUEST_ID);
                MDC.remove(USER_ID);
            }
        });
    }

    private static String requestId(ServerHttpRequest request) {
        String given = request.getHeaders().getFirst(REQUEST_ID_HEADER);
        return given != null && PLAUSIBLE_ID.matcher(given).matches() ? given : request.getId();
    }
}
