package cn.baiyun.hte.platform.idempotency;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import cn.baiyun.hte.platform.error.ProblemFactory;
import cn.baiyun.hte.platform.error.ProblemResponseWriter;
import cn.baiyun.hte.platform.error.ProblemType;
import cn.baiyun.hte.platform.security.ApiCaller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Safe retries of the API's {@link CreatingOperations}: a request with an {@code Idempotency-Key} runs
 * once per caller and key. The first takes the key and runs, its body fingerprinted as it streams to the
 * handler ({@link BodyFingerprint}) and its answer kept ({@link RecordingResponse}); a retry with the same
 * body gets that answer again, marked {@code Idempotent-Replayed: true}; the same key with another request
 * is 422, and while the first is still running 409. Answers below 500 are kept, problem answers included
 * (the same request would fail the same way); a server error or a body the handler did not read to its
 * end keeps nothing and frees the key, so that a retry runs again. Keys belong to their caller
 * ({@link ApiCaller#key()}): two callers never see each other's answers. Runs after Spring Security, so the
 * caller is known and an unauthenticated request never takes a key.
 */
class IdempotencyKeyFilter implements WebFilter, Ordered, SmartInitializingSingleton {

    /** After Spring Security's filter chain (-100) and the rate limits, before everything else. */
    static final int ORDER = -40;
    static final String REPLAYED = "Idempotent-Replayed";

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeyFilter.class);

    private final ObjectProvider<RequestMappingHandlerMapping> handlerMappings;
    private final IdempotencyKeys keys;
    private final ProblemResponseWriter problems;
    private final IdempotencyProperties properties;
    private CreatingOperations operations;

    IdempotencyKeyFilter(ObjectProvider<RequestMappingHandlerMapping> handlerMappings, IdempotencyKeys keys,
                         ProblemResponseWriter problems, IdempotencyProperties properties) {
        this.handlerMappings = handlerMappings;
        this.keys = keys;
        this.problems = problems;
        this.properties = properties;
    }

    @Override
    public void afterSingletonsInstantiated() {
        operations = CreatingOperations.in(handlerMappings.orderedStream().toList());
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        List<String> values = request.getHeaders().get(IdempotencyKeyHeader.NAME);
        if (values == null || request.getMethod() != HttpMethod.POST || !operations.matches(exchange)) {
            return chain.filter(exchange);
        }
        String key;
        try {
            key = IdempotencyKeyHeader.keyOf(values);
        } catch (RuntimeException invalid) {
            return Mono.error(invalid);
        }
        return ApiCaller.of(exchange).map(Optional::of).defaultIfEmpty(Optional.empty())
                .flatMap(caller -> caller.isEmpty() ? chain.filter(exchange)
                        : keys.claim(caller.get().key(), key).flatMap(claim -> answer(exchange, chain, claim)));
    }

    private Mono<Void> answer(ServerWebExchange exchange, WebFilterChain chain, IdempotencyKeys.Claim claim) {
        if (claim instanceof IdempotencyKeys.Taken taken) {
            return runFirst(exchange, chain, taken.request());
        }
        if (claim instanceof IdempotencyKeys.Answered answered) {
            return replay(exchange, answered.request());
        }
        return problems.write(exchange, ProblemType.IDEMPOTENCY_KEY_IN_USE);
    }

    private Mono<Void> runFirst(ServerWebExchange exchange, WebFilterChain chain, IdempotentRequest taken) {
        BodyFingerprint fingerprint = BodyFingerprint.of(exchange.getRequest());
        ServerHttpRequest fingerprinted = new ServerHttpRequestDecorator(exchange.getRequest()) {
            @Override
            public Flux<DataBuffer> getBody() {
                return fingerprint.through(super.getBody());
            }
        };
        AtomicBoolean kept = new AtomicBoolean();
        RecordingResponse response = new RecordingResponse(exchange.getResponse(), properties.maxAnswerSize(),
                answer -> answer.status() >= 500 ? Mono.empty() : fingerprint.settled()
                        .timeout(properties.bodyEndWait(), Mono.just(false))
                        .filter(complete -> complete)
                        .flatMap(complete -> keys.answer(taken, fingerprint.value(), answer)
                                .doOnSuccess(done -> kept.set(true)))
                        .onErrorResume(error -> {
                            log.warn("Could not keep the answer for an idempotency key; a retry after the hold runs "
                                    + "again", error);
                            return Mono.empty();
                        }));
        ServerWebExchange mutated = exchange.mutate().request(fingerprinted).response(response).build();
        return chain.filter(mutated)
                // A client mistake is answered here, through the recording response, so that it is kept
                // like any answer; anything else goes on to the error handlers (database outage: 503).
                .onErrorResume(error -> fingerprint.isComplete() && ProblemFactory.statusOf(error) < 500
                        && !response.isCommitted() ? problems.write(mutated, error) : Mono.error(error))
                .then(Mono.defer(() -> kept.get() ? Mono.<Void>empty() : keys.release(taken)))
                .onErrorResume(error -> keys.release(taken).onErrorComplete().then(Mono.error(error)))
                .doOnCancel(() -> keys.release(taken).subscribe(null,
                        error -> log.debug("Could not free an idempotency key after a cancelled request", error)));
    }

    /** The same key again: the kept answer if the request is the same, else 422; the body is read and dropped. */
    private Mono<Void> replay(ServerWebExchange exchange, IdempotentRequest used) {
        BodyFingerprint fingerprint = BodyFingerprint.of(exchange.getRequest());
        return exchange.getRequest().getBody()
                .doOnNext(buffer -> {
                    try {
                        fingerprint.update(buffer);
                    } finally {
                        DataBufferUtils.release(buffer);
                    }
                })
                .then(Mono.defer(() -> {
                    fingerprint.bodyCompleted();
                    if (!fingerprint.value().equals(used.fingerprint())) {
                        return problems.write(exchange, ProblemType.IDEMPOTENCY_KEY_REUSED);
                    }
                    return write(exchange.getResponse(), used.answer());
                }));
    }

    private static Mono<Void> write(ServerHttpResponse response, IdempotentRequest.Answer answer) {
        response.setStatusCode(HttpStatusCode.valueOf(answer.status()));
        answer.headers().forEach(header -> response.getHeaders().add(header.name(), header.value()));
        response.getHeaders().set(REPLAYED, "true");
        return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(answer.body())));
    }
}
