package cn.baiyun.hte.platform.idempotency;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import org.reactivestreams.Publisher;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The response of a request that holds its idempotency key: the answer is handed to {@code keep} before
 * it is written, so that a retry arriving right after the client got it finds it kept, not held. Answers
 * of creating operations are small JSON documents; one larger than {@code maxSize} is written, not kept.
 */
final class RecordingResponse extends ServerHttpResponseDecorator {

    /** The headers a replay repeats: what describes the body and names what was created. */
    private static final List<String> REPLAYED_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LANGUAGE,
            HttpHeaders.LOCATION, HttpHeaders.ETAG, HttpHeaders.LAST_MODIFIED);

    private final int maxSize;
    private final Function<IdempotentRequest.Answer, Mono<Void>> keep;
    private final AtomicBoolean recorded = new AtomicBoolean();

    RecordingResponse(ServerHttpResponse delegate, int maxSize, Function<IdempotentRequest.Answer, Mono<Void>> keep) {
        super(delegate);
        this.maxSize = maxSize;
        this.keep = keep;
    }

    @Override
    public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
        if (recorded.getAndSet(true)) {
            return super.writeWith(body);
        }
        return DataBufferUtils.join(body)
                .map(RecordingResponse::bytesOf)
                .defaultIfEmpty(new byte[0])
                .flatMap(bytes -> (bytes.length > maxSize ? Mono.<Void>empty() : keep.apply(answer(bytes)))
                        .then(super.writeWith(Mono.fromSupplier(() -> bufferFactory().wrap(bytes)))));
    }

    @Override
    public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> body) {
        return writeWith(Flux.from(body).concatMap(Flux::from));
    }

    @Override
    public Mono<Void> setComplete() {
        if (recorded.getAndSet(true)) {
            return super.setComplete();
        }
        return keep.apply(answer(new byte[0])).then(super.setComplete());
    }

    private IdempotentRequest.Answer answer(byte[] body) {
        HttpStatusCode status = getStatusCode();
        List<IdempotentRequest.Header> headers = new ArrayList<>();
        for (String name : REPLAYED_HEADERS) {
            List<String> values = getHeaders().get(name);
            if (values != null) {
                values.forEach(value -> headers.add(new IdempotentRequest.Header(name, value)));
            }
        }
        return new IdempotentRequest.Answer(status == null ? 200 : status.value(), headers, body);
    }

    private static byte[] bytesOf(DataBuffer buffer) {
        try {
            byte[] bytes = new byte[buffer.readableByteCount()];
            buffer.read(bytes);
            return bytes;
        } finally {
            DataBufferUtils.release(buffer);
        }
    }
}
