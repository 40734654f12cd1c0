package cn.baiyun.hte.platform.api;

import org.springframework.http.MediaType;

/**
 * What an API operation that answers no body (204) declares it produces, in place of its controller's
 * {@code application/json}: any media type. A client generated from the contract asks such an operation only
 * for what its error answers can be ({@code Accept: application/problem+json}, the only content types the
 * contract names for it); held to {@code application/json}, the handler would not match that request, and every
 * such call would fail with 406 before it ran.
 */
public final class NoBody {

    /** For {@code produces} of a handler that answers no body. */
    public static final String PRODUCES = MediaType.ALL_VALUE;

    private NoBody() {
    }
}
