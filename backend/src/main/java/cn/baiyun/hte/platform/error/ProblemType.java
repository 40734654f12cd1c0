package cn.baiyun.hte.platform.error;

import java.net.URI;

import org.springframework.http.HttpStatus;

/**
 * The stable problem types of the API. Clients may switch on {@link #uri()}; titles are localized
 * under {@code problem.<slug>.title} and may change wording, the URI never does.
 */
public enum ProblemType {
    VALIDATION("validation", HttpStatus.BAD_REQUEST),
    MALFORMED_REQUEST("malformed-request", HttpStatus.BAD_REQUEST),
    UNAUTHORIZED("unauthorized", HttpStatus.UNAUTHORIZED),
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED),
    NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE),
    CONFLICT("conflict", HttpStatus.CONFLICT),
    /** The write was based on a version that someone else has changed meanwhile. */
    STALE_VERSION("stale-version", HttpStatus.PRECONDITION_FAILED),
    /** A write that must say which version it edits ({@code If-Match}) did not. */
    PRECONDITION_REQUIRED("precondition-required", HttpStatus.PRECONDITION_REQUIRED),
    PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.CONTENT_TOO_LARGE),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    /** The database could not be reached; the same request can succeed later ({@code Retry-After}). */
    SERVICE_UNAVAILABLE("service-unavailable", HttpStatus.SERVICE_UNAVAILABLE),
    /** Answered before the application sees the request, by the HTTP decoder ({@code HttpDecoderFailures}). */
    URI_TOO_LONG("uri-too-long", HttpStatus.URI_TOO_LONG),
    /** Answered before the application sees the request, by the HTTP decoder ({@code HttpDecoderFailures}). */
    HEADERS_TOO_LARGE("headers-too-large", HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE),
    /** The request's body stopped arriving (the server's read timeout): the client may send it again. */
    REQUEST_TIMEOUT("request-timeout", HttpStatus.REQUEST_TIMEOUT),
    /** The Idempotency-Key was used before for another request: a new operation needs a new key. */
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", HttpStatus.UNPROCESSABLE_CONTENT),
    /** The first request with this Idempotency-Key is still being answered: send it again once it is. */
    IDEMPOTENCY_KEY_IN_USE("idempotency-key-in-use", HttpStatus.CONFLICT),
    /** The integration client sent more requests in the window than its limit ({@code Retry-After}). */
    RATE_LIMITED("rate-limited", HttpStatus.TOO_MANY_REQUESTS),
    INTERNAL("internal", HttpStatus.INTERNAL_SERVER_ERROR);

    private static final String BASE = "urn:hte:problem:";

    private final String slug;
    private final HttpStatus status;

    ProblemType(String slug, HttpStatus status) {
        this.slug = slug;
        this.status = status;
    }

    /**
     * The type of an error known only by its status; 400 is a malformed request (a validation problem
     * always says which fields), and a status the API does not answer with is an internal error.
     */
    static ProblemType ofStatus(int status) {
        for (ProblemType type : values()) {
            if (type != VALIDATION && type.status.value() == status) {
                return type;
            }
        }
        return INTERNAL;
    }

    public URI uri() {
        return URI.create(BASE + slug);
    }

    public HttpStatus status() {
        return status;
    }

    String titleKey() {
        return "problem." + slug + ".title";
    }

    String detailKey() {
        return "problem." + slug + ".detail";
    }
}
