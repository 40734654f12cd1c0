package cn.baiyun.hte.pool.board;

import cn.baiyun.hte.pool.cycle.Cycle;
import cn.baiyun.hte.pool.cycle.TestCycles;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

@PortalIntegrationTest
class CyclePagesTest {

    @Autowired
    WebTestClient web;

    @Autowired
    TestCycles cycles;

    final Principals reviewer = Principals.reviewer();

    @Test
    void theCyclesPageOffersTheNextCycleWithThePlansDeadlines() {
        String page = web.mutateWith(reviewer.session()).get().uri("/reviewer/cycles").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        assertThat(page).contains("培育周期", "新建年度周期", "-04-30", "-05-25");
    }

    @Test
    void aBadDateIsShownWithTheRulesTheOtherDatesBreakEachNamedInChineseOrEnglish() {
        var form = BodyInserters.fromFormData("year", "2022")
                .with("dates.filingOpens", "2022-01-01").with("dates.filingCloses", "2022-03-15")
                .with("dates.assessmentDate", "2022-03-01").with("dates.adjustmentDeadline", "2022-04-30")
                .with("dates.recommendationDeadline", "2022-02-30");

        String english = open("?lang=en", form);
        assertThat(english).contains("href=\"#f-dates-recommendationDeadline\"",
                "Tier 1 recommended by (25 May): The format is not valid",
                "href=\"#f-dates-assessmentDate\"", "Assessment date: This date comes before the previous step");
        assertThat(open("", form)).contains("第一梯队推荐截止（5月25日）：格式不正确", "评价日：日期早于前一环节");
    }

    private String open(String query, BodyInserters.FormInserter<String> form) {
        return web.mutateWith(reviewer.session()).mutateWith(csrf()).post().uri("/reviewer/cycles" + query)
                .body(form).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    @Test
    void anUnreadableDateIsShownWithTheRulesTheRestBreaksAndNoCycleIsOpened() {
        String page = web.mutateWith(reviewer.session()).mutateWith(csrf()).post().uri("/reviewer/cycles")
                .body(BodyInserters.fromFormData("year", "2024")
                        .with("dates.filingOpens", "2024-01-01").with("dates.filingCloses", "2024-03-15")
                        .with("dates.assessmentDate", "2024-03-01").with("dates.adjustmentDeadline", "2024-04-31")
                        .with("dates.recommendationDeadline", "2024-05-25"))
                .exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        assertThat(page).contains("href=\"#f-dates-adjustmentDeadline\"", "value=\"2024-04-31\"", "格式不正确",
                        "href=\"#f-dates-assessmentDate\"", "日期早于前一环节", "value=\"2024-03-01\"")
                .as("the date that could not be read is not also called missing").doesNotContain("此项为必填项");
        assertThat(cycles.stored(2024).blockOptional()).isEmpty();
    }

    /** A year of its own: the cycle API test opens 2020 in the same database. */
    @Test
    void reschedulingShowsAnUnreadableDateWithTheRulesTheRestBreaksAndKeepsTheDates() {
        Cycle cycle = cycles.stored(2016).switchIfEmpty(cycles.open(2016)).block();

        String page = web.mutateWith(reviewer.session()).mutateWith(csrf()).post().uri("/reviewer/cycles/2016")
                .body(BodyInserters.fromFormData("year", "2016").with("version", String.valueOf(cycle.version()))
                        .with("dates.filingOpens", "2016-01-01").with("dates.filingCloses", "2015-03-15")
                        .with("dates.assessmentDate", "2016-04-01").with("dates.adjustmentDeadline", "2016-04-30")
                        .with("dates.recommendationDeadline", "2016-05-32"))
                .exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        assertThat(page).contains("href=\"#f-dates-recommendationDeadline\"", "value=\"2016-05-32\"", "格式不正确",
                "href=\"#f-dates-filingCloses\"", "value=\"2015-03-15\"",
                "name=\"version\" value=\"" + cycle.version() + "\"");
        assertThat(cycles.stored(2016).block()).extracting(Cycle::dates, Cycle::version)
                .containsExactly(cycle.dates(), cycle.version());
    }

    @Test
    void openingACycleLeadsToItsPage() {
        web.mutateWith(reviewer.session()).mutateWith(csrf()).post().uri("/reviewer/cycles")
                .body(BodyInserters.fromFormData("year", "2022")
                        .with("dates.filingOpens", "2022-01-01").with("dates.filingCloses", "2022-03-15")
                        .with("dates.assessmentDate", "2022-04-01").with("dates.adjustmentDeadline", "2022-04-30")
                        .with("dates.recommendationDeadline", "2022-05-25"))
                .exchange()
                .expectStatus().isSeeOther()
                .expectHeader().valueEquals("Location", "/reviewer/cycles/2022?opened");

        String page = web.mutateWith(reviewer.session()).get().uri("/reviewer/cycles/2022?opened").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("2022 年度培育周期", "培育周期已新建。",
                "入库调整已于 2022-04-30 截止，梯队尚未全部确定", "第一梯队推荐已于 2022-05-25 截止，名单尚未标记为已推荐")
                .as("the filing close is only announced before it").doesNotContain("企业年度填报将于");
    }
}
