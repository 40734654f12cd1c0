package cn.baiyun.hte.platform.i18n;

import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.server.i18n.LocaleContextResolver;
import reactor.core.publisher.Mono;

/** Remembers a {@code ?lang=} choice so that the reader's next pages keep the language. */
@Component
class LanguageSwitchFilter implements WebFilter {

    private final LocaleContextResolver resolver;

    LanguageSwitchFilter(LocaleContextResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (exchange.getRequest().getQueryParams().containsKey(PortalLocaleContextResolver.PARAMETER)) {
            resolver.setLocaleContext(exchange, resolver.resolveLocaleContext(exchange));
        }
        return chain.filter(exchange);
    }
}
