package cn.baiyun.hte.pool.board;

import cn.baiyun.hte.assessment.TechSmeRoute;
import cn.baiyun.hte.assessment.TierResult;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * The reviewer's pages: a firm's entry with its condition table, deciding and publishing there with
 * inline errors, and the board's filters and bulk publication.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PoolEntryPagesTest {

    static final int YEAR = 2054;

    @Autowired
    WebTestClient web;
    @Autowired
    TestPool pool;

    final Principals reviewer = Principals.reviewer();

    @BeforeAll
    void cycle() {
        pool.cycle(YEAR);
    }

    @Test
    void theEntryPageShowsTheProposalEachConditionInWordsAndTheForms() {
        PoolEntry entry = pool.assessed(YEAR, "条目页面企业", TierResult.TIER_2, "1.1.5");

        String page = get("/reviewer/cycles/" + YEAR + "/entries/" + entry.enterpriseId() + "?lang=en");

        assertThat(page).contains("条目页面企业", "1.1.5 Graphics and image processing software", "Tier 2 (apply next year)", "C4 S&amp;T staff ratio",
                "Proposed, not decided", "2026.1", "Not decided yet",
                "Nothing published yet: the firm sees nothing of this cycle.",
                "C1 Registered for at least a year", "C8 No major incident", "Days registered = reference date",
                "id=\"f-tier\"", "id=\"f-reason\"", "id=\"f-comment\"", "Publish the feedback");
    }

    @Test
    void theEntryOfAFirmShortOfDataSaysWhatIsMissingWithoutAConditionTable() {
        PoolEntry entry = pool.insufficient(YEAR, "数据不足条目企业", "1.1.5");

        String page = get("/reviewer/cycles/" + YEAR + "/entries/" + entry.enterpriseId() + "?lang=en");

        assertThat(page).contains("数据不足条目企业", "Insufficient data", "the accepted filing of 2025",
                        "Nothing published yet: the firm sees nothing of this cycle.")
                .doesNotContain("The recognition conditions", "id=\"f-tier\"");
    }

    @Test
    void aFailedDecisionOrPublicationStaysOnTheEntryPageWithInlineErrors() {
        PoolEntry entry = pool.assessed(YEAR, "表单错误企业", TierResult.TIER_1, "1.1.5");
        String base = "/reviewer/cycles/" + YEAR + "/entries/" + entry.enterpriseId();

        String decision = post(base + "/decision?lang=en", BodyInserters.fromFormData("tier", "TIER_3").with("reason", " "))
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(decision).contains("表单错误企业", "Give the reason for deciding a tier other than the proposed one",
                "href=\"#f-reason\"", "id=\"f-reason-error\"");

        String notATier = post(base + "/decision?lang=en", BodyInserters.fromFormData("tier", "TIER_9"))
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(notATier).contains("The format is not valid", "href=\"#f-tier\"", "id=\"f-tier-error\"");

        var twoProblems = BodyInserters.fromFormData("tier", "").with("reason", "理".repeat(1001));
        assertThat(post(base + "/decision?lang=en", twoProblems).expectStatus().isOk().expectBody(String.class)
                .returnResult().getResponseBody()).contains("Tier: This field is required", "Reason: At most 1,000 characters");
        assertThat(post(base + "/decision", twoProblems).expectStatus().isOk().expectBody(String.class)
                .returnResult().getResponseBody()).contains("梯队：此项为必填项", "理由不能超过 1,000 个字符");

        String publication = post(base + "/publication?lang=en", BodyInserters.fromFormData("comment", "长".repeat(1001)))
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(publication).contains("Comment to the firm: At most 1000 characters", "href=\"#f-comment\"", "id=\"f-comment-error\"",
                "长".repeat(1001));
        assertThat(pool.reload(entry)).as("bad input changes nothing").isEqualTo(entry);
    }

    @Test
    void decidingAndPublishingOnTheEntryPage() {
        PoolEntry entry = pool.assessed(YEAR, "页面发布企业", TierResult.TIER_1, "1.1.5");
        String base = "/reviewer/cycles/" + YEAR + "/entries/" + entry.enterpriseId();

        post(base + "/decision", BodyInserters.fromFormData("tier", "TIER_2").with("reason", "知识产权尚待确权"))
                .expectStatus().isSeeOther().expectHeader().valueEquals("Location", base + "?decided");
        post(base + "/publication", BodyInserters.fromFormData("comment", "请尽快完成专利确权。"))
                .expectStatus().isSeeOther().expectHeader().valueEquals("Location", base + "?published");

        PoolEntry published = pool.reload(entry);
        assertThat(published.publication().tier()).isEqualTo(TierResult.TIER_2);
        assertThat(published.publication().comment()).isEqualTo("请尽快完成专利确权。");
        assertThat(get(base + "?published&lang=en")).contains("The feedback is published", "请尽快完成专利确权。",
                "Published, not acknowledged", "知识产权尚待确权", "Publish again (replaces what the firm sees)");
    }

    @Test
    void theBoardFiltersShowsStatusesAndLinksEachFirmToItsEntryPage() {
        PoolEntry proposed = pool.assessed(YEAR, "看板待定企业", TierResult.TIER_3, "1.1.6");
        PoolEntry published = pool.published(pool.decided(pool.assessed(YEAR, "看板已发布企业", TierResult.TIER_3,
                "1.1.6"), TierResult.TIER_3, java.time.Instant.now().minusSeconds(5)), java.time.Instant.now(), null);

        String board = get("/reviewer/cycles/" + YEAR + "?technicalField=1.1.6&status=PROPOSED&lang=en");
        assertThat(board).contains("看板待定企业", "Proposed, not decided", "1.1.6 Geographic information system (GIS) software",
                "href=\"/reviewer/cycles/" + YEAR + "/entries/" + proposed.enterpriseId() + "\"",
                "value=\"1.1.6\"")
                .doesNotContain("看板已发布企业", "name=\"reason\"");
        assertThat(get("/reviewer/cycles/" + YEAR + "?technicalField=1.1.6&status=PUBLISHED&lang=en"))
                .contains("看板已发布企业", "Published, not acknowledged").doesNotContain("看板待定企业");
        assertThat(published.publication()).isNotNull();
    }

    /** Tier 3 filtered by tech-SME result lists the firm to tell to register, in Chinese; a bad value is inline. */
    @Test
    void theBoardFiltersTierThreeByTechSmeStanding() {
        PoolEntry toRegister = pool.withTechSme(pool.assessed(YEAR, "看板科小待入库企业", TierResult.TIER_3, "1.1.5"),
                new PoolEntry.TechSme(true, TechSmeRoute.SCORE, 78, true, YEAR - 1, false));
        pool.withTechSme(pool.assessed(YEAR, "看板科小已入库企业", TierResult.TIER_3, "1.1.5"),
                new PoolEntry.TechSme(true, TechSmeRoute.SCORE, 78, true, YEAR - 1, true));

        String board = get("/reviewer/cycles/" + YEAR + "?proposedTier=TIER_3&technicalField=1.1.5&techSme=TO_REGISTER");
        assertThat(board).contains("看板科小待入库企业", "符合条件，尚未入库", "<label for=\"f-techSme\">科技型中小企业</label>",
                "<option value=\"TO_REGISTER\" selected=\"selected\">符合条件，尚未入库</option>",
                "name=\"techSme\" value=\"TO_REGISTER\"",
                "href=\"/reviewer/cycles/" + YEAR + "/entries/" + toRegister.enterpriseId() + "\"")
                .doesNotContain("看板科小已入库企业");
        assertThat(get("/reviewer/cycles/" + YEAR + "?technicalField=1.1.5&techSme=REGISTERED"))
                .contains("看板科小已入库企业", "已入库").doesNotContain("看板科小待入库企业");
        assertThat(get("/reviewer/cycles/" + YEAR + "?techSme=SOON"))
                .contains("没有科技型中小企业情况 SOON", "href=\"#f-techSme\"");
    }

    @Test
    void badFiltersAreShownNextToTheirFields() {
        String board = get("/reviewer/cycles/" + YEAR + "?status=DONE&technicalField=9.9.9&lang=en");

        assertThat(board).contains("There is no status DONE", "There is no technical field 9.9.9",
                "href=\"#f-status\"", "href=\"#f-technicalField\"", "No results yet.");
    }

    @Test
    void bulkPublicationPublishesEveryFirmTheFiltersMatch() {
        PoolEntry first = pool.assessed(YEAR, "批量页面一", TierResult.NOT_IN_POOL, "1.1.7");
        PoolEntry second = pool.insufficient(YEAR, "批量页面二", "1.1.7");
        PoolEntry other = pool.assessed(YEAR, "批量页面三", TierResult.NOT_IN_POOL, "1.1.8");

        assertThat(get("/reviewer/cycles/" + YEAR + "?technicalField=1.1.7&lang=en"))
                .contains("This publishes the feedback of all 2 firms matching the current filters",
                        "Publish the feedback of 2 firms");

        String refused = post("/reviewer/cycles/" + YEAR + "/publications?lang=en", BodyInserters
                .fromFormData("technicalField", "1.1.7").with("comment", "x".repeat(1001)))
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(refused).contains("At most 1000 characters", "href=\"#f-comment\"");
        assertThat(pool.reload(first).publication()).isNull();

        post("/reviewer/cycles/" + YEAR + "/publications", BodyInserters.fromFormData("technicalField", "1.1.7")
                .with("proposedTier", "").with("status", "").with("comment", "白云区科技局"))
                .expectStatus().isSeeOther()
                .expectHeader().valueEquals("Location", "/reviewer/cycles/" + YEAR + "?technicalField=1.1.7&published");
        assertThat(pool.reload(first).publication().comment()).isEqualTo("白云区科技局");
        assertThat(pool.reload(second).publication().outcome()).isEqualTo(PoolEntry.Outcome.INSUFFICIENT_DATA);
        assertThat(pool.reload(other).publication()).isNull();
    }

    private String get(String uri) {
        return web.mutateWith(reviewer.session()).get().uri(uri).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec post(String uri, BodyInserters.FormInserter<String> form) {
        return web.mutateWith(reviewer.session()).mutateWith(csrf()).post().uri(uri).body(form).exchange();
    }
}
