package cn.baiyun.hte.relocation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFirms;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/** Bad input: inline errors in Chinese on the pages, problem+json with per-field errors on the API, never a 500. */
@PortalIntegrationTest
class RelocationInputTest {

    @Autowired
    WebTestClient web;
    @Autowired
    TestFirms firms;
    @Autowired
    Clock clock;

    Principals reviewer = Principals.reviewer();

    @Test
    void theFormSaysWhatIsWrongWithEachFieldAndSavesNothing() {
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("uscc", "91520113MA6J8XY1A0");
        form.add("firmName", "");
        form.add("origin", "");
        form.add("arrivalDate", "2026-13-40");
        form.add("support.fundingYuan", "三百万");
        form.add("milestones[0].title", "产业用房交付");
        form.add("milestones[1].title", "");
        form.add("milestones[2].title", "");
        form.add("milestones[2].dueDate", LocalDate.now(clock).toString());

        String page = web.mutateWith(reviewer.session()).mutateWith(csrf()).post().uri("/reviewer/relocations/new")
                .body(BodyInserters.fromFormData(form)).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        assertThat(page).contains("error-summary").contains("统一社会信用代码校验未通过").contains("企业名称：此项为必填项")
                .contains("迁出地：此项为必填项").contains("请输入以元为单位的金额")
                // The first milestone has no due date; the third has no title (the empty second row is not saved).
                .contains("id=\"f-milestones-0-dueDate-error\"").contains("id=\"f-milestones-2-title-error\"")
                .doesNotContain("id=\"f-milestones-1-title-error\"");
        web.mutateWith(reviewer.session()).get().uri("/reviewer/relocations").exchange().expectStatus().isOk()
                .expectBody(String.class).value(list -> assertThat(list).doesNotContain("91520113MA6J8XY1A0"));
    }

    @Test
    void theApiAnswersProblemJsonWithEachFieldAndASecondRelocationIsAConflict() {
        String firm = firms.approvedFirm(Principals.firmUser("owner"), "接口迁入测试公司");
        web.mutateWith(reviewer.bearer()).post().uri("/api/v1/enterprises/{id}/relocation", firm)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("origin", "深圳", "arrivalDate", "2026-10-01", "hteAtArrival", "CERTIFIED",
                        "support", Map.of("fundingYuan", "-5", "spaceSquareMetres", "12.345"),
                        "milestones", List.of(Map.of("title", "交付"))))
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'support.fundingYuan')]").exists()
                .jsonPath("$.errors[?(@.field == 'support.spaceSquareMetres')]").exists()
                .jsonPath("$.errors[?(@.field == 'milestones[0].dueDate')]").exists();
        Map<String, Object> valid = Map.of("origin", "深圳", "arrivalDate", "2026-10-01", "hteAtArrival", "CERTIFIED");
        web.mutateWith(reviewer.bearer()).post().uri("/api/v1/enterprises/{id}/relocation", firm)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(valid).exchange().expectStatus().isCreated();
        web.mutateWith(reviewer.bearer()).post().uri("/api/v1/enterprises/{id}/relocation", firm)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(valid).exchange().expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        web.mutateWith(reviewer.bearer()).post().uri("/api/v1/enterprises/{id}/relocation", firm)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("hteAtArrival", "MAYBE")).exchange()
                .expectStatus().isBadRequest();
    }
}
