package cn.baiyun.hte.platform.security;

import java.net.URI;

import org.springframework.security.config.web.server.ServerHttpSecurity;
import reactor.core.publisher.Mono;

/**
 * The response headers that tell browsers what a page may do. Pages run only the portal's own scripts
 * and styles (no inline script, handler or style attribute: they live in static/js and static/css),
 * are never framed, and post forms only to the portal and, for signing out, to Keycloak, whose end of
 * session the logout redirect reaches (the API documentation alone may also use inline styles). HSTS is Spring Security's default and is sent only on requests
 * that came over HTTPS (directly or through a trusted proxy's {@code X-Forwarded-Proto}).
 */
final class SecurityHeaders {

    /** Powerful features none of the pages uses: a script injected despite everything still gets none. */
    static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
            + "geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=()";

    static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";

    /** API answers are data, never a document to render or frame. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private SecurityHeaders() {
    }

    static String pagePolicy(KeycloakProperties keycloak) {
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                + "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
                + "form-action 'self' " + origin(keycloak.url());
    }

    /**
     * The API documentation is swagger-ui, a third party's page whose script sets style attributes: there,
     * and only there, inline styles are allowed (never inline script).
     */
    static String apiDocumentationPolicy(KeycloakProperties keycloak) {
        return pagePolicy(keycloak).replace("style-src 'self';", "style-src 'self' 'unsafe-inline';");
    }

    static boolean isApiDocumentation(String path) {
        return path.startsWith("/swagger-ui") || path.startsWith("/webjars/swagger-ui/");
    }

    static void forPages(ServerHttpSecurity.HeaderSpec headers, KeycloakProperties keycloak) {
        String pages = pagePolicy(keycloak);
        String apiDocumentation = apiDocumentationPolicy(keycloak);
        headers.writer(exchange -> {
                    String path = exchange.getRequest().getPath().pathWithinApplication().value();
                    exchange.getResponse().getHeaders().set(CONTENT_SECURITY_POLICY,
                            isApiDocumentation(path) ? apiDocumentation : pages);
                    return Mono.empty();
                })
                .permissionsPolicy(permissions -> permissions.policy(PERMISSIONS_POLICY));
    }

    static void forApi(ServerHttpSecurity.HeaderSpec headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(API_POLICY))
                .permissionsPolicy(permissions -> permissions.policy(PERMISSIONS_POLICY));
    }

    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
