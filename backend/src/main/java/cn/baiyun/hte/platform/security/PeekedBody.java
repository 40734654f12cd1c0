package cn.baiyun.hte.platform.security;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;

import org.reactivestreams.Subscription;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import reactor.core.publisher.BaseSubscriber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * A request body whose first bytes can be read before the body is handed on whole, without holding more of
 * it than those bytes: the head is read buffer by buffer until {@link LeadingFormField} can tell, then the
 * reading stops until the handler asks for the body, which gets the head again and then the rest as it
 * arrives, at the handler's pace. A body nobody reads after all is let go at the end of the exchange
 * ({@link #releaseUnread()}).
 */
final class PeekedBody extends BaseSubscriber<DataBuffer> {

    private final Flux<DataBuffer> source;
    private final BiFunction<byte[], Integer, LeadingFormField.Scan> scan;
    private final int limit;
    private final List<DataBuffer> head = new ArrayList<>();
    private final byte[] seen;
    private int seenLength;
    private final Sinks.One<String> field = Sinks.one();
    private final Sinks.Many<DataBuffer> rest = Sinks.many().unicast().onBackpressureBuffer();
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean handedOn = new AtomicBoolean();
    private boolean peeking = true;

    /** @param limit how many bytes at most to read before giving up on the field */
    PeekedBody(Flux<DataBuffer> source, LeadingFormField leading, int limit) {
        this.source = source;
        this.scan = leading::scan;
        this.limit = limit;
        this.seen = new byte[limit];
    }

    /** The leading field's value; empty when the body does not begin with it. */
    Mono<String> leadingField() {
        return Mono.defer(() -> {
            if (started.compareAndSet(false, true)) {
                source.subscribe(this);
            }
            return field.asMono();
        });
    }

    /** The whole body, once. */
    Flux<DataBuffer> body() {
        return Flux.defer(() -> {
            if (!handedOn.compareAndSet(false, true)) {
                return Flux.error(new IllegalStateException("The request body can be read only once"));
            }
            if (!started.get()) {
                return source;
            }
            return Flux.fromIterable(List.copyOf(head))
                    .concatWith(rest.asFlux().doOnRequest(this::request).doOnCancel(this::cancel));
        });
    }

    /** Stops reading a body that was peeked at but never handed on, and frees its head. */
    void releaseUnread() {
        if (started.get() && handedOn.compareAndSet(false, true)) {
            dispose();
            head.forEach(DataBufferUtils::release);
        }
    }

    @Override
    protected void hookOnSubscribe(Subscription subscription) {
        subscription.request(1);
    }

    @Override
    protected void hookOnNext(DataBuffer buffer) {
        if (!peeking) {
            if (rest.tryEmitNext(buffer).isFailure()) {
                DataBufferUtils.release(buffer);
            }
            return;
        }
        head.add(buffer);
        int copied = Math.min(buffer.readableByteCount(), limit - seenLength);
        int at = buffer.readPosition();
        for (int i = 0; i < copied; i++) {
            seen[seenLength + i] = buffer.getByte(at + i);
        }
        seenLength += copied;
        LeadingFormField.Scan result = scan.apply(seen, seenLength);
        if (result instanceof LeadingFormField.NeedMore && seenLength < limit) {
            request(1);
            return;
        }
        peeking = false;
        if (result instanceof LeadingFormField.Found found) {
            field.tryEmitValue(found.value());
        } else {
            field.tryEmitEmpty();
        }
    }

    @Override
    protected void hookOnComplete() {
        if (peeking) {
            peeking = false;
            field.tryEmitEmpty();
        }
        rest.tryEmitComplete();
    }

    @Override
    protected void hookOnError(Throwable error) {
        if (peeking) {
            peeking = false;
            field.tryEmitError(error);
        }
        rest.tryEmitError(error);
    }
}
