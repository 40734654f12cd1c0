package cn.baiyun.hte.platform.web;

import org.springframework.boot.webflux.autoconfigure.WebFluxRegistrations;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.result.method.RequestMappingInfo;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The controllers' request mapping, asking each mapping about the path first. For a path with a variable
 * ({@code /api/v1/enterprises/{id}}, {@code /firms/{id}/feedback}) WebFlux tries every one of the portal's
 * mappings (about 270) and checks each one's method, parameters, headers, content types and accepted types
 * before its path; each of those checks reads the request through Spring Security's firewall, which wraps it
 * anew at every read. That was about a tenth of a firm-scoped API read's processor time, and what made such
 * reads dearer as features added endpoints (a literal path, like the no-op's, is looked up directly). A mapping
 * none of whose path patterns matches cannot match, whatever its other conditions say, so it is now passed over
 * on its path alone; a mapping whose path matches is checked in full exactly as before. Requests no mapping takes
 * get Spring's 404, 405, 406 or 415 as before: that answer is worked out from all mappings, not from this check.
 */
@Component
class PathFirstRequestMapping implements WebFluxRegistrations {

    @Override
    public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
        return new Mapping();
    }

    static final class Mapping extends RequestMappingHandlerMapping {

        @Override
        protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, ServerWebExchange exchange) {
            return pathMatches(info, exchange.getRequest().getPath().pathWithinApplication())
                    ? super.getMatchingMapping(info, exchange)
                    : null;
        }

        private static boolean pathMatches(RequestMappingInfo info, PathContainer path) {
            for (PathPattern pattern : info.getPatternsCondition().getPatterns()) {
                if (pattern.matches(path)) {
                    return true;
                }
            }
            return false;
        }
    }
}
