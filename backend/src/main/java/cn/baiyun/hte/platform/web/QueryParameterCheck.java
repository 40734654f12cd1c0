package cn.baiyun.hte.platform.web;

import java.util.List;
import java.util.Map;

import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.PortalException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses a request whose query parameters hold a control character ({@link InputText}; a parameter is
 * one line, so no tab or line break either), before anything reads them: handlers, the layout's model
 * and the database's queries (a NUL in a search term broke the query with a server error). Answered as a
 * validation problem naming the parameter: problem+json on the API, the error page on pages.
 */
@Component
class QueryParameterCheck implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        for (Map.Entry<String, List<String>> parameter : exchange.getRequest().getQueryParams().entrySet()) {
            if (!InputText.acceptableLine(parameter.getKey())
                    || !parameter.getValue().stream().allMatch(value -> value == null || InputText.acceptableLine(value))) {
                return Mono.error(PortalException.invalid(
                        new FieldProblem(parameter.getKey(), InputText.CONTROL_CHARACTER_KEY)));
            }
        }
        return chain.filter(exchange);
    }
}
