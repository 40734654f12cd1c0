package cn.baiyun.hte.platform.security;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/** The API's bearer token is read exactly as Spring Security's converter reads it, refusals included. */
class BearerTokensTest {

    private static final String JWT = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl-_~+/";

    private final ServerAuthenticationConverter ours = new BearerTokens();
    private final ServerAuthenticationConverter springs = new ServerBearerTokenAuthenticationConverter();

    @Test
    void everyHeaderGivesSpringsOutcome() {
        List<String> headers = new ArrayList<>(List.of(
                "Bearer " + JWT, "bearer " + JWT, "BEARER " + JWT, "bEaReR " + JWT, "Bearer " + JWT + "==",
                "Bearer a", "Bearer =", "Bearer a=b", "Bearer a==b", "Bearer ", "Bearer", "Bearer  " + JWT,
                "Bearer\t" + JWT, "Bearer " + JWT + " ", "Bearer " + JWT + "\n", " Bearer " + JWT, "Bearer a b",
                "Bearer a,b", "Bearer é", "Bearer abc\u00a0", "Basic dXNlcjpwYXNz", "Bearertoken", "Bear", "",
                "Bearer " + "x".repeat(20_000), "Bearer \uD83D\uDE00", "Beare\u0280 " + JWT, "Bearer a%2Fb",
                "Bearer a:b", "Bearer " + "=".repeat(3)));
        for (char c = 0; c < 0x180; c++) {
            headers.add("Bearer ab" + c + "cd");
            headers.add("Bearer ab" + c);
        }
        headers.add(null);

        for (String header : headers) {
            assertThat(outcome(ours, header)).as(String.valueOf(header)).isEqualTo(outcome(springs, header));
        }
        assertThat(outcome(ours, "Bearer " + JWT)).isEqualTo("token " + JWT);
        assertThat(outcome(ours, "Bearer a b")).isEqualTo("refused invalid_token: Bearer token is malformed");
        assertThat(outcome(ours, "Basic dXNlcjpwYXNz")).isEqualTo("none");
    }

    @Test
    void aTokenInTheQueryStringStaysRefused() {
        var exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/me?access_token=" + JWT));

        assertThat(ours.convert(exchange).blockOptional()).isEmpty();
    }

    private static String outcome(ServerAuthenticationConverter converter, String header) {
        MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("/api/v1/me");
        if (header != null) {
            request.header(HttpHeaders.AUTHORIZATION, header);
        }
        Mono<Authentication> converted = converter.convert(MockServerWebExchange.from(request));
        try {
            return converted.map(token -> "token " + ((BearerTokenAuthenticationToken) token).getToken())
                    .defaultIfEmpty("none").block();
        } catch (OAuth2AuthenticationException refused) {
            return "refused " + refused.getError().getErrorCode() + ": " + refused.getError().getDescription();
        }
    }
}
