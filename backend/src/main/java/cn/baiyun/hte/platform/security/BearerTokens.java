package cn.baiyun.hte.platform.security;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Reads the API's bearer token from the {@code Authorization} header. Spring Security's converter matches the
 * header against {@code ^Bearer (?<token>[a-zA-Z0-9-._~+/]+=*)$}, case-insensitive, which tests every character
 * of the token against seven case-folded ranges: 20 to 40 microseconds for a token of 1,000 characters, on every
 * API request. A well-formed header (RFC 6750's {@code b64token}) is recognised here by one pass over its
 * characters and gives the same token; every other header (none, another scheme, a malformed token, which
 * Spring refuses as {@code invalid_token}) goes to Spring's converter, so what is refused, and how, is exactly
 * Spring's. Tokens in the query string or a form body stay refused, as Spring's defaults have them.
 * {@code BearerTokensTest} compares both over well-formed and malformed headers.
 */
final class BearerTokens implements ServerAuthenticationConverter {

    private static final String SCHEME = "Bearer ";

    private final ServerBearerTokenAuthenticationConverter spring = new ServerBearerTokenAuthenticationConverter();

    @Override
    public Mono<Authentication> convert(ServerWebExchange exchange) {
        String header = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        String token = header == null ? null : wellFormed(header);
        return token != null ? Mono.just(new BearerTokenAuthenticationToken(token)) : spring.convert(exchange);
    }

    /** The token of {@code Bearer <token>} when the whole header is well-formed, else {@code null}. */
    static String wellFormed(String header) {
        int length = header.length();
        if (length <= SCHEME.length() || !startsWithScheme(header)) {
            return null;
        }
        int i = SCHEME.length();
        while (i < length && isTokenCharacter(header.charAt(i))) {
            i++;
        }
        if (i == SCHEME.length()) {
            return null;
        }
        while (i < length && header.charAt(i) == '=') {
            i++;
        }
        return i == length ? header.substring(SCHEME.length()) : null;
    }

    /** {@code Bearer } in any case of ASCII letters, as the expression's case-insensitive (not Unicode) match. */
    private static boolean startsWithScheme(String header) {
        for (int i = 0; i < SCHEME.length(); i++) {
            char c = header.charAt(i);
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (lower != Character.toLowerCase(SCHEME.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isTokenCharacter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
    }
}
