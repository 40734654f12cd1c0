package cn.baiyun.hte.platform.error;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerResponse;

/**
 * Every error under {@code /api/} becomes problem+json here, whether it came from a handler, from
 * request decoding or from routing. Ordered before Boot's handler, which keeps serving the pages: for
 * them a failure the client caused (a form over the size limit) is first given its status, which Boot's
 * error page only knows of a {@link ResponseStatusException}. A client that went away ({@link ClientGone}) is no
 * error of ours and gets no answer: it is logged once, at DEBUG, without a stack trace, on pages and API alike. A request whose body the
 * HTTP decoder could not read (a bad chunk size after a good chunk) has already been answered 400 by Reactor
 * Netty itself, behind Spring's back: writing another answer would fail with "Status and headers already sent",
 * which WebFlux logs as a 500 ERROR, so the client's failure is only noted at DEBUG (a failure of ours is
 * still an ERROR, with nothing written).
 */
@Component
@Order(-2)
class ApiErrorWebExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorWebExceptionHandler.class);

    private final ProblemResponseWriter writer;

    ApiErrorWebExceptionHandler(ProblemResponseWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (ClientGone.explains(error)) {
            log.debug("{}The client went away: {}", exchange.getLogPrefix(), LogText.of(error));
            return Mono.empty();
        }
        if (answeredByTheServer(exchange.getResponse())) {
            if (ProblemFactory.statusOf(error) < 500) {
                log.debug("{}Already answered by the HTTP server: {}", exchange.getLogPrefix(), LogText.of(error));
            } else {
                log.error("{}Failed after the HTTP server had answered on its own", exchange.getLogPrefix(),
                        LogText.encoded(error));
            }
            return Mono.empty();
        }
        if (exchange.getRequest().getPath().value().startsWith("/api/")) {
            return writer.write(exchange, error);
        }
        int status = ProblemFactory.statusOf(error);
        boolean known = error instanceof ResponseStatusException || status == HttpStatus.INTERNAL_SERVER_ERROR.value();
        return Mono.error(known ? error : new ResponseStatusException(HttpStatus.valueOf(status), null, error));
    }

    /** Reactor Netty sent an answer that Spring did not commit: its own 400 for an undecodable body. */
    private static boolean answeredByTheServer(ServerHttpResponse response) {
        if (response.isCommitted()) {
            return false;
        }
        try {
            return ServerHttpResponseDecorator.getNativeResponse(response) instanceof HttpServerResponse server
                    && server.hasSentHeaders();
        } catch (IllegalStateException noServer) {
            return false; // a response without a server behind it (a test's mock exchange)
        }
    }
}
