package cn.baiyun.hte.platform.idempotency;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.reactivestreams.Subscription;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Operators;
import reactor.core.publisher.Sinks;
import reactor.util.context.Context;

/**
 * A SHA-256 of what a request asks for (method, path with query, media type, body), taken buffer by buffer
 * as the body streams through, so that no body is held to be compared later: a retry matches the first
 * request when their fingerprints are equal. A multipart body is fingerprinted without its boundary, which
 * client libraries choose anew for every request: a retry of the same upload with a fresh boundary is the
 * same request. The fingerprint is known once the whole body went through: when the body completed, or when
 * as many bytes as the {@code Content-Length} announced did. A handler that stops reading after the last
 * part it needs (uploads stop at the end of the file, before the closing delimiter) cancels the body: the
 * rest is then read here and dropped, up to {@link #DRAIN_LIMIT} bytes (the closing delimiter and an
 * epilogue, not the rest of a refused upload), so that the fingerprint still completes.
 */
final class BodyFingerprint {

    /** What every boundary delimiter of a multipart body is fingerprinted as. */
    private static final byte[] DELIMITER = {0, '-', '-', 0};
    /** How much of a body is read after its handler stopped reading, to reach its end. */
    static final int DRAIN_LIMIT = 64 * 1024;

    private final MessageDigest digest;
    private final long announcedLength;
    private final byte[] delimiter;
    private final int[] fallback;
    private long seen;
    private int matched;
    private volatile boolean complete;
    private volatile boolean read;
    private final Sinks.Empty<Void> settled = Sinks.empty();
    private String value;

    private BodyFingerprint(MessageDigest digest, long announcedLength, byte[] delimiter) {
        this.digest = digest;
        this.announcedLength = announcedLength;
        this.delimiter = delimiter;
        this.fallback = delimiter == null ? null : fallback(delimiter);
        this.complete = announcedLength == 0;
    }

    static BodyFingerprint of(ServerHttpRequest request) {
        MediaType type = request.getHeaders().getContentType();
        String boundary = type != null && type.isCompatibleWith(MediaType.MULTIPART_FORM_DATA)
                ? type.getParameter("boundary") : null;
        BodyFingerprint fingerprint = new BodyFingerprint(sha256(), request.getHeaders().getContentLength(),
                boundary == null || boundary.isEmpty() ? null
                        : ("--" + unquoted(boundary)).getBytes(StandardCharsets.ISO_8859_1));
        String query = request.getURI().getRawQuery();
        String head = request.getMethod().name() + "\n" + request.getPath().value() + (query == null ? "" : "?" + query)
                + "\n" + (type == null ? "" : type.getType() + "/" + type.getSubtype()) + "\n";
        fingerprint.digest.update(head.getBytes(StandardCharsets.UTF_8));
        return fingerprint;
    }

    /**
     * The body as the handler reads it, fingerprinted on the way; when the handler cancels, the rest is
     * read and dropped (up to {@link #DRAIN_LIMIT}) instead of cancelling the request's body.
     */
    Flux<DataBuffer> through(Flux<DataBuffer> body) {
        return Flux.from(handler -> {
            read = true;
            body.subscribe(new Relay(Operators.toCoreSubscriber(handler)));
        });
    }

    /**
     * Whether the fingerprint completed, once it is known: at once for a body never read, else when the
     * body ends (or its drain gives up) after its handler stopped reading.
     */
    Mono<Boolean> settled() {
        if (complete || !read) {
            return Mono.just(complete);
        }
        return settled.asMono().then(Mono.fromSupplier(() -> complete));
    }

    /** Takes in the readable bytes of {@code buffer}, leaving the buffer as it was. */
    void update(DataBuffer buffer) {
        try (DataBuffer.ByteBufferIterator buffers = buffer.readableByteBuffers()) {
            while (buffers.hasNext()) {
                ByteBuffer bytes = buffers.next();
                seen += bytes.remaining();
                if (delimiter == null) {
                    digest.update(bytes);
                } else {
                    while (bytes.hasRemaining()) {
                        take(bytes.get());
                    }
                }
            }
        }
        if (announcedLength >= 0 && seen >= announcedLength) {
            bodyCompleted();
        }
    }

    /** The body ended: everything it had went through {@link #update}. */
    void bodyCompleted() {
        complete = true;
        settled.tryEmitEmpty();
    }

    private void bodyFailed() {
        settled.tryEmitEmpty();
    }

    boolean isComplete() {
        return complete;
    }

    /** The fingerprint, hex; only once {@link #isComplete()}. */
    String value() {
        if (!complete) {
            throw new IllegalStateException("The body has not been read to its end");
        }
        if (value == null) {
            if (delimiter != null) {
                digest.update(delimiter, 0, matched);
                matched = 0;
            }
            value = HexFormat.of().formatHex(digest.digest());
        }
        return value;
    }

    /**
     * One byte through a Knuth-Morris-Pratt matcher of the delimiter: the bytes that may still start a
     * delimiter are held back, a whole delimiter goes in as {@link #DELIMITER}, the rest as they are.
     */
    private void take(byte b) {
        while (matched > 0 && delimiter[matched] != b) {
            int kept = fallback[matched - 1];
            digest.update(delimiter, 0, matched - kept);
            matched = kept;
        }
        if (delimiter[matched] == b) {
            matched++;
            if (matched == delimiter.length) {
                digest.update(DELIMITER);
                matched = 0;
            }
        } else {
            digest.update(b);
        }
    }

    /** Hands the body on to its handler; once the handler cancels, reads the rest itself and drops it. */
    private final class Relay implements CoreSubscriber<DataBuffer>, Subscription {

        private final CoreSubscriber<? super DataBuffer> handler;
        private Subscription body;
        private volatile boolean draining;
        private long drained;

        Relay(CoreSubscriber<? super DataBuffer> handler) {
            this.handler = handler;
        }

        @Override
        public Context currentContext() {
            return handler.currentContext();
        }

        @Override
        public void onSubscribe(Subscription subscription) {
            body = subscription;
            handler.onSubscribe(this);
        }

        @Override
        public void onNext(DataBuffer buffer) {
            update(buffer);
            if (!draining) {
                handler.onNext(buffer);
                return;
            }
            drained += buffer.readableByteCount();
            DataBufferUtils.release(buffer);
            if (drained > DRAIN_LIMIT && !complete) {
                body.cancel();
                bodyFailed();
            }
        }

        @Override
        public void onError(Throwable error) {
            bodyFailed();
            if (!draining) {
                handler.onError(error);
            }
        }

        @Override
        public void onComplete() {
            bodyCompleted();
            if (!draining) {
                handler.onComplete();
            }
        }

        @Override
        public void request(long n) {
            body.request(n);
        }

        @Override
        public void cancel() {
            draining = true;
            if (complete) {
                body.cancel();
                bodyCompleted();
            } else {
                body.request(Long.MAX_VALUE);
            }
        }
    }

    private static int[] fallback(byte[] pattern) {
        int[] table = new int[pattern.length];
        for (int i = 1, k = 0; i < pattern.length; i++) {
            while (k > 0 && pattern[i] != pattern[k]) {
                k = table[k - 1];
            }
            if (pattern[i] == pattern[k]) {
                k++;
            }
            table[i] = k;
        }
        return table;
    }

    private static String unquoted(String boundary) {
        return boundary.length() >= 2 && boundary.startsWith("\"") && boundary.endsWith("\"")
                ? boundary.substring(1, boundary.length() - 1) : boundary;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
