package cn.baiyun.hte.platform.error;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * What a request Spring Security's firewall refuses ({@code //}, an encoded {@code /}, {@code .} or NUL in
 * the path, a method it does not know) is answered with: a malformed-request problem+json instead of the
 * firewall's empty 400. Picked up by {@code @EnableWebFluxSecurity}'s filter chain proxy as the one
 * {@link ServerExchangeRejectedHandler} bean; the security configuration itself is not touched.
 */
@Component
class ProblemRejectedExchanges implements ServerExchangeRejectedHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemRejectedExchanges.class);

    private final ProblemResponseWriter writer;

    ProblemRejectedExchanges(ProblemResponseWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
        log.debug("Request refused by the firewall: {}", LogText.of(rejected.getMessage()));
        return writer.write(exchange, ProblemType.MALFORMED_REQUEST);
    }
}
