package cn.baiyun.hte.platform.security;

import org.springframework.http.MediaType;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestHandler;
import org.springframework.security.web.server.csrf.XorServerCsrfTokenRequestAttributeHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Accepts the CSRF token of a multipart form from the query string. Reading it from the body would mean
 * reading the whole upload before the handler can stream it with its size limit and content checks, so
 * upload forms put the (masked, per-page) token in their action URL instead. Every other request is
 * checked exactly as by default, from the form field or the header.
 */
class MultipartCsrfTokenHandler implements ServerCsrfTokenRequestHandler {

    private final XorServerCsrfTokenRequestAttributeHandler standard = new XorServerCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(ServerWebExchange exchange, Mono<CsrfToken> token) {
        standard.handle(exchange, token);
    }

    @Override
    public Mono<String> resolveCsrfTokenValue(ServerWebExchange exchange, CsrfToken token) {
        String fromQuery = exchange.getRequest().getQueryParams().getFirst(token.getParameterName());
        if (fromQuery == null || !isMultipart(exchange)) {
            return standard.resolveCsrfTokenValue(exchange, token);
        }
        ServerWebExchange withHeader = exchange.mutate()
                .request(request -> request.headers(headers -> headers.set(token.getHeaderName(), fromQuery)))
                .build();
        return standard.resolveCsrfTokenValue(withHeader, token);
    }

    private static boolean isMultipart(ServerWebExchange exchange) {
        MediaType type = exchange.getRequest().getHeaders().getContentType();
        return type != null && MediaType.MULTIPART_FORM_DATA.isCompatibleWith(type);
    }
}
