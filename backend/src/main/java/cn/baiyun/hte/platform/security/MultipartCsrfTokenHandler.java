package cn.baiyun.hte.platform.security;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestHandler;
import org.springframework.security.web.server.csrf.XorServerCsrfTokenRequestAttributeHandler;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads the CSRF token of a multipart form from the form's first field, and every other request's as by
 * default (the form field or the header). Reading the whole multipart body for the token would mean
 * reading the upload before the handler can stream it with its size limit and content checks, so only the
 * head of the body is read ({@link PeekedBody}); the portal's forms carry the token as their first field
 * (Thymeleaf puts the hidden field right after the form's opening tag). The token is never in the URL,
 * where logs and the address bar would keep it.
 */
class MultipartCsrfTokenHandler implements ServerCsrfTokenRequestHandler {

    /** Far more than a boundary, the field's headers and a token need; a body not starting so has no token. */
    static final int HEAD_LIMIT = 4096;
    private static final String PEEKED_BODY = PeekedBody.class.getName();

    private final XorServerCsrfTokenRequestAttributeHandler standard = new XorServerCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(ServerWebExchange exchange, Mono<CsrfToken> token) {
        standard.handle(exchange, token);
    }

    @Override
    public Mono<String> resolveCsrfTokenValue(ServerWebExchange exchange, CsrfToken token) {
        PeekedBody body = exchange.getAttribute(PEEKED_BODY);
        if (body == null || exchange.getRequest().getHeaders().containsHeader(token.getHeaderName())) {
            return standard.resolveCsrfTokenValue(exchange, token);
        }
        return body.leadingField().flatMap(fromBody -> standard.resolveCsrfTokenValue(exchange.mutate()
                .request(request -> request.headers(headers -> headers.set(token.getHeaderName(), fromBody)))
                .build(), token));
    }

    /**
     * Lets the CSRF check peek at the head of a multipart body (see the class comment): placed before the
     * CSRF filter, it gives the exchange a body that can be peeked at and is then handed on whole.
     */
    static WebFilter peekAtMultipartBodies(String parameterName) {
        return (exchange, chain) -> {
            ServerHttpRequest request = exchange.getRequest();
            String boundary = multipartBoundary(request);
            if (boundary == null || HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod())) {
                return chain.filter(exchange);
            }
            PeekedBody body = new PeekedBody(request.getBody(), new LeadingFormField(boundary, parameterName), HEAD_LIMIT);
            ServerWebExchange peekable = exchange.mutate().request(new ServerHttpRequestDecorator(request) {
                @Override
                public Flux<DataBuffer> getBody() {
                    return body.body();
                }
            }).build();
            peekable.getAttributes().put(PEEKED_BODY, body);
            return chain.filter(peekable).doFinally(signal -> body.releaseUnread());
        };
    }

    private static String multipartBoundary(ServerHttpRequest request) {
        MediaType type = request.getHeaders().getContentType();
        if (type == null || !MediaType.MULTIPART_FORM_DATA.isCompatibleWith(type)) {
            return null;
        }
        String boundary = type.getParameter("boundary");
        if (boundary != null && boundary.length() > 1 && boundary.startsWith("\"") && boundary.endsWith("\"")) {
            boundary = boundary.substring(1, boundary.length() - 1);
        }
        return boundary == null || boundary.isEmpty() ? null : boundary;
    }
}
