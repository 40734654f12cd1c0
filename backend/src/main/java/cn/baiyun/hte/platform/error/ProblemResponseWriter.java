package cn.baiyun.hte.platform.error;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Writes a {@link Problem} as {@code application/problem+json}, also outside of any controller. */
@Component
public class ProblemResponseWriter {

    private final JsonMapper json;
    private final ProblemFactory problems;

    ProblemResponseWriter(JsonMapper json, ProblemFactory problems) {
        this.json = json;
        this.problems = problems;
    }

    public Mono<Void> write(ServerWebExchange exchange, Throwable error) {
        var locale = exchange.getLocaleContext().getLocale();
        return write(exchange, problems.create(error, locale, exchange.getRequest().getPath().value()));
    }

    /** A problem known only by its type, such as a request refused before any handler ran. */
    public Mono<Void> write(ServerWebExchange exchange, ProblemType type) {
        var locale = exchange.getLocaleContext().getLocale();
        return write(exchange, problems.of(type, locale, exchange.getRequest().getPath().value()));
    }

    public Mono<Void> write(ServerWebExchange exchange, Problem problem) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        response.setStatusCode(HttpStatus.valueOf(problem.status()));
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        DataBuffer body = response.bufferFactory().wrap(json.writeValueAsBytes(problem));
        return response.writeWith(Mono.just(body));
    }
}
