package cn.baiyun.hte.platform.api;

import org.reactivestreams.Publisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Answers the API documentation (springdoc's contract and its Swagger UI) on the bounded-elastic threads: springdoc
 * scans the class path to build the contract, and the Swagger UI files are class-path resources in a jar, which
 * Spring checks and reads with blocking file reads, on every request. Runs last of the filters, so that the handler
 * is subscribed there, and the body is read there too, each buffer as the connection asks for it. No business
 * request takes this way.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class DocumentationOffEventLoop implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!isDocumentation(exchange.getRequest().getPath().pathWithinApplication().value())) {
            return chain.filter(exchange);
        }
        ServerWebExchange offLoop = exchange.mutate().response(new ServerHttpResponseDecorator(exchange.getResponse()) {
            @Override
            public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
                return super.writeWith(Flux.from(body).subscribeOn(Schedulers.boundedElastic()));
            }
        }).build();
        return Mono.defer(() -> chain.filter(offLoop)).subscribeOn(Schedulers.boundedElastic());
    }

    private static boolean isDocumentation(String path) {
        return path.startsWith("/swagger-ui") || path.startsWith("/webjars/swagger-ui/") || path.startsWith("/v3/api-docs");
    }
}
