package cn.baiyun.hte.platform.error;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Every error under {@code /api/} becomes problem+json here, whether it came from a handler, from
 * request decoding or from routing. Ordered before Boot's handler, which keeps serving the pages.
 */
@Component
@Order(-2)
class ApiErrorWebExceptionHandler implements WebExceptionHandler {

    private final ProblemResponseWriter writer;

    ApiErrorWebExceptionHandler(ProblemResponseWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (!exchange.getRequest().getPath().value().startsWith("/api/")) {
            return Mono.error(error);
        }
        return writer.write(exchange, error);
    }
}
