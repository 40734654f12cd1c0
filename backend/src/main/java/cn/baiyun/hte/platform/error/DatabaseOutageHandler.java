package cn.baiyun.hte.platform.error;

import java.time.Duration;

import cn.baiyun.hte.platform.mongo.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * A request that failed because the database could not be reached is answered 503 with
 * {@code Retry-After}: problem+json on the API, the localized "temporarily unavailable" page elsewhere.
 * Ordered before the API's handler and Boot's page handler, which would call it an internal error. The
 * outage is logged as one line per request, without a stack trace: it is the database's state, not a bug,
 * and the readiness probe reports it too.
 */
@Component
@Order(-3)
class DatabaseOutageHandler implements WebExceptionHandler {

    static final Duration RETRY_AFTER = Duration.ofSeconds(10);

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageHandler.class);

    private final ProblemResponseWriter writer;
    private final ProblemFactory problems;

    DatabaseOutageHandler(ProblemResponseWriter writer, ProblemFactory problems) {
        this.writer = writer;
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (!DatabaseOutage.explains(error) || exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        String path = exchange.getRequest().getPath().value();
        log.warn("Database unavailable, answered 503 to {} {}: {}", exchange.getRequest().getMethod(), path,
                error.toString().replaceAll("[\\r\\n]", " "));
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER.toSeconds()));
        if (path.startsWith("/api/")) {
            return writer.write(exchange,
                    problems.of(ProblemType.SERVICE_UNAVAILABLE, exchange.getLocaleContext().getLocale(), path));
        }
        // Boot's page handler renders error/5xx for it, which words itself for 503.
        return Mono.error(new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, null, error));
    }
}
