package cn.baiyun.hte.pool.recommendation;

import java.time.LocalDate;

import cn.baiyun.hte.assessment.TierResult;
import cn.baiyun.hte.enterprise.Contact;
import cn.baiyun.hte.platform.time.ClockConfiguration;
import cn.baiyun.hte.pool.board.PoolEntry;
import cn.baiyun.hte.pool.cycle.CycleStatus;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/** The reviewers' recommendation page; cycle years 2045 and 2047. */
@PortalIntegrationTest
class RecommendationPagesTest {

    @Autowired
    WebTestClient web;
    @Autowired
    RecommendationFixtures fixtures;

    final Principals reviewer = Principals.reviewer();

    @Test
    void thePageListsTheTier1FirmsOffersTheFilesAndMarksTheList() {
        int year = 2045;
        fixtures.cycle(year);
        PoolEntry listed = fixtures.entry(year, fixtures.firm("页面甲软件有限公司",
                new Contact("钱主任", null, "0851-86660003", null)), "C01", TierResult.TIER_1);
        fixtures.entry(year, fixtures.firm("页面乙医药有限公司", null), "C09", null);

        String page = show(year, "?lang=en");
        assertThat(page).contains("Provincial recommendation 2045", "Recommendation deadline: 2045-05-25",
                "页面甲软件有限公司", "36,000,000.00", "6.07%", "25.00%", "80.00%", "钱主任", "0851-86660003",
                "not yet", "/reviewer/cycles/2045/recommendations.xlsx", "/reviewer/cycles/2045/recommendations.csv",
                "are not on the list", "Mark as recommended", "name=\"date\"")
                .doesNotContain("页面乙医药有限公司");

        LocalDate tomorrow = LocalDate.now(ClockConfiguration.ZONE).plusDays(1);
        String refused = post(year, "?lang=en", tomorrow.toString()).expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(refused).contains("href=\"#f-date\"", "Date of recommendation: The date cannot be after today",
                "id=\"f-date-error\"");
        String unreadable = post(year, "?lang=en", "2045-02-30").expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(unreadable).contains("href=\"#f-date\"", "Date of recommendation: The format is not valid");
        assertThat(post(year, "", "2045-02-30").expectStatus().isOk().expectBody(String.class).returnResult()
                .getResponseBody()).contains("推荐日期：格式不正确");
        assertThat(fixtures.stored(listed.id()).recommendedOn()).isNull();

        LocalDate today = LocalDate.now(ClockConfiguration.ZONE);
        post(year, "", today.toString()).expectStatus().isSeeOther()
                .expectHeader().valueEquals("Location", "/reviewer/cycles/2045/recommendation?marked");
        assertThat(show(year, "?marked")).contains("名单已标记为已推荐。", "已推荐", today.toString());
        assertThat(fixtures.stored(listed.id()).recommendedOn()).isEqualTo(today);
    }

    @Test
    void anEmptyListSaysWhyAndCannotBeMarked() {
        int year = 2047;
        fixtures.cycle(year);

        assertThat(show(year, "")).contains("尚无认定为第一梯队的企业。")
                .doesNotContain("标记为已推荐", "name=\"date\"");
        String refused = post(year, "", LocalDate.now(ClockConfiguration.ZONE).toString()).expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(refused).contains("2047 年度尚无认定为第一梯队的企业，无可推荐名单");
        assertThat(fixtures.storedCycle(year).status()).isEqualTo(CycleStatus.OPEN);
    }

    @Test
    void theCyclePageLinksToTheList() {
        fixtures.cycle(2048);
        String page = web.mutateWith(reviewer.session()).get().uri("/reviewer/cycles/2048").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("href=\"/reviewer/cycles/2048/recommendation\"", "省级推荐名单");
    }

    private String show(int year, String query) {
        return web.mutateWith(reviewer.session()).get().uri("/reviewer/cycles/" + year + "/recommendation" + query)
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec post(int year, String query, String date) {
        return web.mutateWith(reviewer.session()).mutateWith(csrf()).post()
                .uri("/reviewer/cycles/" + year + "/recommendation" + query)
                .body(BodyInserters.fromFormData("date", date))
                .exchange();
    }
}
