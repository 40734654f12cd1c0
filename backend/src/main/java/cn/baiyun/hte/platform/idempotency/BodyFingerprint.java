package cn.baiyun.hte.platform.idempotency;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * A SHA-256 of what a request asks for (method, path with query, media type, body), taken buffer by buffer
 * as the body streams through, so that no body is held to be compared later: a retry matches the first
 * request when their fingerprints are equal. A multipart body is fingerprinted without its boundary, which
 * client libraries choose anew for every request: a retry of the same upload with a fresh boundary is the
 * same request. The fingerprint is known once the whole body went through: when the body completed or, for
 * a handler that stops reading after the last part it needs (uploads), when as many bytes as the
 * {@code Content-Length} announced did.
 */
final class BodyFingerprint {

    /** What every boundary delimiter of a multipart body is fingerprinted as. */
    private static final byte[] DELIMITER = {0, '-', '-', 0};

    private final MessageDigest digest;
    private final long announcedLength;
    private final byte[] delimiter;
    private final int[] fallback;
    private long seen;
    private int matched;
    private volatile boolean complete;
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
            complete = true;
        }
    }

    /** The body ended: everything it had went through {@link #update}. */
    void bodyCompleted() {
        complete = true;
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
