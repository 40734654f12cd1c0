package cn.baiyun.hte.platform.security;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.adapter.ForwardedHeaderTransformer;

/**
 * Applies {@code Forwarded} and {@code X-Forwarded-*} only to requests that come straight from a trusted proxy
 * ({@link TrustedProxies}), and strips them from every other request before anything reads them. It replaces
 * Spring Boot's transformer (the bean name is the one WebFlux looks up), which believes anyone.
 */
final class ProxyHeaders extends ForwardedHeaderTransformer {

    private final TrustedProxies proxies;
    private final ForwardedHeaderTransformer strip = new ForwardedHeaderTransformer();

    ProxyHeaders(TrustedProxies proxies) {
        this.proxies = proxies;
        strip.setRemoveOnly(true);
    }

    @Override
    public ServerHttpRequest apply(ServerHttpRequest request) {
        return proxies.includes(request.getRemoteAddress()) ? super.apply(request) : strip.apply(request);
    }
}
