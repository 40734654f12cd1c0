package cn.baiyun.hte.platform.error;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import org.springframework.web.util.DisconnectedClientHelper;
import reactor.core.publisher.Mono;

/**
 * Every error under {@code /api/} becomes problem+json here, whether it came from a handler, from
 * request decoding or from routing. Ordered before Boot's handler, which keeps serving the pages: for
 * them a failure the client caused (a form over the size limit) is first given its status, which Boot's
 * error page only knows of a {@link ResponseStatusException}. A client that went away is no error of
 * ours and gets no answer: WebFlux logs it once, at DEBUG, without a stack trace.
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
        if (DisconnectedClientHelper.isClientDisconnectedException(error)) {
            return Mono.error(error);
        }
        if (exchange.getRequest().getPath().value().startsWith("/api/")) {
            return writer.write(exchange, error);
        }
        int status = ProblemFactory.statusOf(error);
        boolean known = error instanceof ResponseStatusException || status == HttpStatus.INTERNAL_SERVER_ERROR.value();
        return Mono.error(known ? error : new ResponseStatusException(HttpStatus.valueOf(status), null, error));
    }
}
