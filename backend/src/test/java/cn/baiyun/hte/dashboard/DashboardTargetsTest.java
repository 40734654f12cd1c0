package cn.baiyun.hte.dashboard;

import java.util.List;
import java.util.Map;

import cn.baiyun.hte.platform.audit.AuditEvent;
import cn.baiyun.hte.platform.events.FieldChange;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * The targets: the Baiyun plan's seed for 2025 and later until the bureau sets its own, a year set carried into
 * the years after it, every change audited with what moved, stale versions and bad figures refused (problem+json
 * on the API, inline errors on the form). Each test uses years of its own (2030, 2091-2094).
 */
@PortalIntegrationTest
class DashboardTargetsTest {

    @Autowired
    WebTestClient web;
    @Autowired
    ReactiveMongoTemplate mongo;

    final Principals reviewer = Principals.reviewer();

    @Test
    void thePlansTargetsApplyFrom2025UntilTheBureauSetsItsOwn() {
        assertThat(targets(2030)).containsEntry("seeded", true).containsEntry("setFor", 2025)
                .containsEntry("values", Map.of("hteFirms", 110, "aboveSizeHteFirms", 28, "specialisedShare", 0.1));
        web.mutateWith(reviewer.bearer()).get().uri("/api/v1/dashboard/targets/2020").exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void aYearSetIsCarriedIntoTheYearsAfterAndAuditedWithWhatChanged() {
        String etag = web.mutateWith(reviewer.bearer()).put().uri("/api/v1/dashboard/targets/2091")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("hteFirms", 150, "aboveSizeHteFirms", 40, "specialisedSharePercent", 12.5))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.specialisedShare").isEqualTo(0.125)
                .returnResult().getResponseHeaders().getETag();

        assertThat(targets(2092)).containsEntry("seeded", false).containsEntry("setFor", 2091)
                .containsEntry("values", Map.of("hteFirms", 150, "aboveSizeHteFirms", 40, "specialisedShare", 0.125));

        String id = mongo.findOne(Query.query(Criteria.where("year").is(2091)), YearTargets.class).block().id();
        web.mutateWith(reviewer.bearer()).put().uri("/api/v1/dashboard/targets/2091").header("If-Match", etag)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("hteFirms", 160, "aboveSizeHteFirms", 40, "specialisedSharePercent", 12.5))
                .exchange().expectStatus().isOk();
        List<AuditEvent> audit = mongo.find(Query.query(Criteria.where("subjectId").is(id)).with(Sort.by("occurredAt")),
                AuditEvent.class).collectList().block();
        assertThat(audit).extracting(AuditEvent::action)
                .containsExactly(TargetsChanged.TYPE, TargetsChanged.TYPE);
        assertThat(audit.get(1).changes()).containsExactly(new FieldChange("hteFirms", "150", "160"));

        // The first version is stale now: nothing changes.
        web.mutateWith(reviewer.bearer()).put().uri("/api/v1/dashboard/targets/2091").header("If-Match", etag)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("hteFirms", 1, "aboveSizeHteFirms", 1, "specialisedSharePercent", 1))
                .exchange().expectStatus().isEqualTo(412);
        assertThat(targets(2091)).containsEntry("values",
                Map.of("hteFirms", 160, "aboveSizeHteFirms", 40, "specialisedShare", 0.125));
    }

    @Test
    void badFiguresAreEachNamedInTheReadersLanguage() {
        web.mutateWith(reviewer.bearer()).put().uri("/api/v1/dashboard/targets/2093")
                .contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "zh-CN")
                .bodyValue(Map.of("hteFirms", 10, "aboveSizeHteFirms", 11, "specialisedSharePercent", 0))
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'aboveSizeHteFirms')].message").isEqualTo("不能多于高新技术企业目标数量（10 家）。")
                .jsonPath("$.errors[?(@.field == 'specialisedSharePercent')]").exists();
        web.mutateWith(reviewer.bearer()).put().uri("/api/v1/dashboard/targets/2093")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("hteFirms", 10))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors.length()").isEqualTo(2);
        assertThat(mongo.exists(Query.query(Criteria.where("year").is(2093)), YearTargets.class).block()).isFalse();
    }

    @Test
    void theFormShowsEveryProblemInlineAndSavesWhatIsRight() {
        String page = web.mutateWith(reviewer.session()).mutateWith(csrf()).post().uri("/dashboard/targets")
                .body(BodyInserters.fromFormData("year", "2094").with("hteFirms", "十").with("aboveSizeHteFirms", "5")
                        .with("specialisedSharePercent", "150"))
                .exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("请填写大于 0、不超过 100 的比例，最多两位小数。").contains("error-summary");

        web.mutateWith(reviewer.session()).mutateWith(csrf()).post().uri("/dashboard/targets")
                .body(BodyInserters.fromFormData("year", "2094").with("hteFirms", "120").with("aboveSizeHteFirms", "30")
                        .with("specialisedSharePercent", "10.5"))
                .exchange().expectStatus().is3xxRedirection()
                .expectHeader().valueEquals("Location", "/dashboard?saved");
        assertThat(targets(2094)).containsEntry("setFor", 2094)
                .containsEntry("values", Map.of("hteFirms", 120, "aboveSizeHteFirms", 30, "specialisedShare", 0.105));
    }

    @Test
    void onlyReviewersSetTargets() {
        for (Principals other : List.of(Principals.department("工信局"), Principals.integrationClient("dashboard:read"),
                Principals.firmUser("targets-firm"))) {
            web.mutateWith(other.bearer()).put().uri("/api/v1/dashboard/targets/2092")
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("hteFirms", 1, "aboveSizeHteFirms", 1, "specialisedSharePercent", 1))
                    .exchange().expectStatus().isForbidden();
        }
    }

    private Map<String, Object> targets(int year) {
        return web.mutateWith(reviewer.bearer()).get().uri("/api/v1/dashboard/targets/{y}", year).exchange()
                .expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() { }).returnResult().getResponseBody();
    }
}
