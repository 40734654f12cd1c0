package cn.baiyun.hte.enterprise;

import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives each page request its own {@link ReaderFirms}, so that the page's access checks and the header's
 * list of firms share one membership query and one query for the firms' records. Not for the API: an API
 * call asks about one firm and has no header, and loading every firm of its caller would cost more.
 * Declared in {@link EnterpriseConfiguration} rather than scanned, so that web slice tests, which pick up every
 * scanned {@code WebFilter}, do not need the feature's repositories.
 */
class ReaderFirmsFilter implements WebFilter {

    private static final String API = "/api/";

    private final ReaderFirmsScope scope;

    ReaderFirmsFilter(ReaderFirmsScope scope) {
        this.scope = scope;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (exchange.getRequest().getPath().pathWithinApplication().value().startsWith(API)) {
            return chain.filter(exchange);
        }
        return scope.around(chain.filter(exchange));
    }
}
