package cn.baiyun.hte.pool.cycle;

import java.time.Duration;
import java.util.Map;

import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Cycles are one per year in a database the test classes share, so each test owns a year. */
@PortalIntegrationTest
class CycleApiTest {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Autowired
    WebTestClient web;
    @Autowired
    CycleService cycles;

    final Principals reviewer = Principals.reviewer();

    @Test
    void aCycleOpenedWithoutDatesTakesThePlansDeadlines() {
        web.mutateWith(reviewer.bearer()).post().uri("/api/v1/cycles")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("year", 2021))
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().valueEquals(HttpHeaders.LOCATION, "/api/v1/cycles/2021")
                .expectBody()
                .jsonPath("$.status").isEqualTo("OPEN")
                .jsonPath("$.dates.adjustmentDeadline").isEqualTo("2021-04-30")
                .jsonPath("$.dates.recommendationDeadline").isEqualTo("2021-05-25");

        web.mutateWith(reviewer.bearer()).post().uri("/api/v1/cycles")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("year", 2021))
                .exchange()
                .expectStatus().isEqualTo(409);
    }

    @Test
    void datesOutsideTheYearOrOutOfOrderAreRefusedFieldByFieldAndNothingIsStored() {
        Map<String, Object> dates = Map.of("assessmentDate", "2024-04-01", "filingOpens", "2025-01-01",
                "filingCloses", "2025-03-15", "adjustmentDeadline", "2025-04-30", "recommendationDeadline", "2025-04-01");

        web.mutateWith(reviewer.bearer()).post().uri("/api/v1/cycles")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("year", 2025, "dates", dates))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'dates.assessmentDate')].message").isEqualTo("The date must lie in 2025")
                .jsonPath("$.errors[?(@.field == 'dates.recommendationDeadline')].code").isEqualTo("pool.cycle.date.order");

        assertThat(cycles.all(reviewer.user()).filter(c -> c.year() == 2025).collectList().block(TIMEOUT)).isEmpty();
    }

    @Test
    void reschedulingNeedsTheCurrentVersion() {
        String etag = web.mutateWith(reviewer.bearer()).post().uri("/api/v1/cycles")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("year", 2020))
                .exchange().expectStatus().isCreated()
                .returnResult(String.class).getResponseHeaders().getETag();
        Map<String, Object> later = Map.of("assessmentDate", "2020-04-10", "filingOpens", "2020-01-01",
                "filingCloses", "2020-03-31", "adjustmentDeadline", "2020-04-30", "recommendationDeadline", "2020-05-25");

        reschedule(later, null).expectStatus().isEqualTo(428);
        reschedule(later, etag).expectStatus().isOk()
                .expectBody().jsonPath("$.dates.assessmentDate").isEqualTo("2020-04-10");
        reschedule(later, etag).expectStatus().isEqualTo(412);
        reschedule(later, "not-a-version").expectStatus().isEqualTo(412);
        // The version is checked after the role: others are refused whatever they send.
        for (String ifMatch : new String[] {null, etag, "\"999\""}) {
            var request = web.mutateWith(Principals.firmUser("firm").bearer()).put().uri("/api/v1/cycles/2020");
            if (ifMatch != null) {
                request = request.header(HttpHeaders.IF_MATCH, ifMatch);
            }
            request.contentType(MediaType.APPLICATION_JSON).bodyValue(later).exchange().expectStatus().isForbidden();
        }
        web.mutateWith(reviewer.bearer()).put().uri("/api/v1/cycles/1999").header(HttpHeaders.IF_MATCH, "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(later).exchange().expectStatus().isNotFound();
    }

    @Test
    void onlyReviewersSeeCycles() {
        web.mutateWith(Principals.firmUser("firm").bearer()).get().uri("/api/v1/cycles")
                .exchange().expectStatus().isForbidden();
        web.mutateWith(Principals.department("工信局").bearer()).post().uri("/api/v1/cycles")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("year", 2024))
                .exchange().expectStatus().isForbidden();
    }

    private WebTestClient.ResponseSpec reschedule(Map<String, Object> dates, String etag) {
        var request = web.mutateWith(reviewer.bearer()).put().uri("/api/v1/cycles/2020");
        if (etag != null) {
            request = request.header(HttpHeaders.IF_MATCH, etag);
        }
        return request.contentType(MediaType.APPLICATION_JSON).bodyValue(dates).exchange();
    }
}
