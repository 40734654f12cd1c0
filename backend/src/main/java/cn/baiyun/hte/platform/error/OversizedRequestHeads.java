package cn.baiyun.hte.platform.error;

import java.util.List;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The portal's limits on a request's head: a request line over {@value #MAX_REQUEST_LINE} bytes answers 414,
 * headers over {@value #MAX_HEADERS} bytes 431, as problem+json in the reader's language (its {@code lang}
 * parameter or cookie, or for the API its {@code Accept-Language}). The HTTP decoder reads heads up to
 * larger limits ({@code server.netty.max-initial-line-length}, {@code server.max-http-request-header-size})
 * so that such a head can still be read far enough to know its language; only a head beyond those is
 * answered by {@link HttpDecoderFailures}, from what little of it was read. Runs before any other filter,
 * so nothing else parses an oversized head first. The decoder's larger limits cost memory only for a
 * request that sends that much, and then once per connection.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class OversizedRequestHeads implements WebFilter {

    static final int MAX_REQUEST_LINE = 4 * 1024;
    static final int MAX_HEADERS = 8 * 1024;
    /** The space and the {@code HTTP/1.1} after the address. */
    private static final int VERSION = " HTTP/1.1".length();

    private final ProblemResponseWriter writer;

    OversizedRequestHeads(ProblemResponseWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        ProblemType refused = requestLine(request) > MAX_REQUEST_LINE ? ProblemType.URI_TOO_LONG
                : headers(request) > MAX_HEADERS ? ProblemType.HEADERS_TOO_LARGE : null;
        if (refused == null) {
            return chain.filter(exchange);
        }
        // As the decoder's own refusals: the connection is closed, and the body, if any, never read.
        exchange.getResponse().getHeaders().setConnection("close");
        return writer.write(exchange, refused);
    }

    private static int requestLine(ServerHttpRequest request) {
        var uri = request.getURI();
        String query = uri.getRawQuery();
        return request.getMethod().name().length() + 1 + uri.getRawPath().length()
                + (query == null ? 0 : 1 + query.length()) + VERSION;
    }

    /** The header lines' bytes as the decoder counts them (name, colon, space, value; no line ends). */
    private static int headers(ServerHttpRequest request) {
        int size = 0;
        for (Map.Entry<String, List<String>> header : request.getHeaders().headerSet()) {
            for (String value : header.getValue()) {
                size += header.getKey().length() + 2 + value.length();
            }
        }
        return size;
    }
}
