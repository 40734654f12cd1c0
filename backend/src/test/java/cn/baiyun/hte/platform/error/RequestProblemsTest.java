package cn.baiyun.hte.platform.error;

import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Requests the handlers never see properly (too large, of the wrong type, by a method or for a format the
 * address does not serve) answer their own status as localized problem+json with a stable type, never 500.
 */
@PortalIntegrationTest
class RequestProblemsTest {

    static final String PREVIEW = "/api/v1/assessments/preview";

    @Autowired
    WebTestClient web;

    Principals firmUser = Principals.firmUser("request-problems");

    @Test
    void aJsonBodyOverTheLimitIs413InTheReadersLanguage() {
        String large = "{\"firmName\": \"" + "字".repeat(300 * 1024) + "\"}";

        web.mutateWith(firmUser.bearer()).post().uri(PREVIEW).header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(large).exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:hte:problem:payload-too-large")
                .jsonPath("$.status").isEqualTo(413)
                .jsonPath("$.title").isEqualTo("Too large");
        web.mutateWith(firmUser.bearer()).put().uri("/api/v1/enterprises/{id}", "0123456789abcdef01234567")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(large).exchange()
                .expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.title").isEqualTo("内容过大");
    }

    @Test
    void aWrongContentTypeOnAJsonEndpointIs415() {
        web.mutateWith(firmUser.bearer()).post().uri(PREVIEW).header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .contentType(MediaType.TEXT_PLAIN).bodyValue("{}").exchange()
                .expectStatus().isEqualTo(415)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:hte:problem:unsupported-media-type")
                .jsonPath("$.detail").isEqualTo("Send the data as application/json.");
        web.mutateWith(Principals.reviewer().bearer()).post()
                .uri("/api/v1/enterprises/{id}/coaching-visits", "0123456789abcdef01234567")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue("visitDate=2026-01-01").exchange()
                .expectStatus().isEqualTo(415)
                .expectBody().jsonPath("$.type").isEqualTo("urn:hte:problem:unsupported-media-type")
                .jsonPath("$.title").isEqualTo("不支持的内容类型");
    }

    @Test
    void aMethodTheAddressDoesNotServeIs405AndAFormatItCannotWriteIs406() {
        web.mutateWith(firmUser.bearer()).delete().uri("/api/v1/me").header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .exchange()
                .expectStatus().isEqualTo(405)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:hte:problem:method-not-allowed")
                .jsonPath("$.title").isEqualTo("Method not allowed");
        web.mutateWith(firmUser.bearer()).get().uri("/api/v1/me").accept(MediaType.APPLICATION_XML)
                .exchange()
                .expectStatus().isEqualTo(406)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:hte:problem:not-acceptable")
                .jsonPath("$.title").isEqualTo("不支持的响应格式");
    }
}
