package cn.baiyun.hte.platform.web;

import java.util.ArrayList;
import java.util.List;

import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.reactive.result.method.RequestMappingInfo;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request mapping that asks about the path first matches exactly what Spring's matches, and is the one the
 * application uses: routes, and the 404, 405 and 406 of requests no mapping takes, are answered as before.
 */
@PortalIntegrationTest
class PathFirstRequestMappingTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Autowired
    WebTestClient web;

    @Test
    void everyMappingMatchesWhatSpringsCheckMatches() {
        List<RequestMappingInfo> infos = List.of(
                RequestMappingInfo.paths("/api/v1/enterprises/{id}").methods(RequestMethod.GET)
                        .produces(MediaType.APPLICATION_JSON_VALUE).build(),
                RequestMappingInfo.paths("/api/v1/enterprises/{id}").methods(RequestMethod.PUT)
                        .consumes(MediaType.APPLICATION_JSON_VALUE).build(),
                RequestMappingInfo.paths("/firms/{id}/feedback", "/firms/{id}/feedback/{year}").build(),
                RequestMappingInfo.paths("/firms/{id}/filings/{year}").methods(RequestMethod.GET).params("section").build(),
                RequestMappingInfo.paths("/firms/**").headers("X-Probe=1").build(),
                RequestMappingInfo.paths().methods(RequestMethod.GET).build(),
                RequestMappingInfo.paths("/api/v1/load-benchmark/no-op").build());
        List<MockServerHttpRequest> requests = new ArrayList<>();
        for (String path : List.of("/api/v1/enterprises/abc", "/api/v1/enterprises/abc/", "/api/v1/enterprises",
                "/firms/1/feedback", "/firms/1/feedback/2025", "/firms/1/filings/2025?section=staff",
                "/firms/1/filings/2025", "/api/v1/load-benchmark/no-op", "", "/", "/other")) {
            for (HttpMethod method : List.of(HttpMethod.GET, HttpMethod.PUT, HttpMethod.OPTIONS)) {
                requests.add(MockServerHttpRequest.method(method, path).build());
                requests.add(MockServerHttpRequest.method(method, path).accept(MediaType.TEXT_HTML)
                        .contentType(MediaType.APPLICATION_JSON).header("X-Probe", "1").build());
                requests.add(MockServerHttpRequest.method(method, path).header("Origin", "https://elsewhere.example")
                        .header("Access-Control-Request-Method", "GET").build());
            }
        }
        PathFirstRequestMapping.Mapping pathFirst = new PathFirstRequestMapping.Mapping();
        int matched = 0;
        for (RequestMappingInfo info : infos) {
            for (MockServerHttpRequest request : requests) {
                RequestMappingInfo springs = info.getMatchingCondition(MockServerWebExchange.from(request));
                RequestMappingInfo ours = pathFirst.getMatchingMapping(info, MockServerWebExchange.from(request));
                assertThat(ours).as(info + " for " + request.getMethod() + " " + request.getURI()).isEqualTo(springs);
                matched += springs != null ? 1 : 0;
            }
        }
        assertThat(matched).isGreaterThan(20);
    }

    @Test
    void theApplicationRoutesThroughIt() {
        assertThat(mapping).isInstanceOf(PathFirstRequestMapping.Mapping.class);
        Principals reader = Principals.firmUser("路由");

        web.mutate().apply(reader.bearer()).build().get().uri("/api/v1/me").exchange().expectStatus().isOk();
        web.mutate().apply(reader.bearer()).build().get().uri("/api/v1/enterprises/{id}", "0123456789abcdef01234567")
                .exchange().expectStatus().isNotFound();
        web.mutate().apply(reader.bearer()).build().method(HttpMethod.PATCH).uri("/api/v1/me")
                .exchange().expectStatus().isEqualTo(405);
        web.mutate().apply(reader.bearer()).build().get().uri("/api/v1/no-such-thing/{id}", "1")
                .exchange().expectStatus().isNotFound();
    }
}
