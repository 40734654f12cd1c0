package cn.baiyun.hte.pool.feedback;

import java.time.Instant;

import cn.baiyun.hte.assessment.TierResult;
import cn.baiyun.hte.pool.board.PoolEntryRepository;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFirms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.webjars.WebJarVersionLocator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/** The firm's feedback pages in both languages: every condition explained, the history, acknowledging. */
@PortalIntegrationTest
class FeedbackPagesTest {

    private static final String COMMENT = "建议尽快建立研发费用辅助账。";

    @Autowired
    WebTestClient web;
    @Autowired
    TestFirms firms;
    @Autowired
    PoolEntryRepository repository;

    FeedbackEntries entries;
    Principals member;
    Principals reviewer = Principals.reviewer();
    String firm;

    @BeforeEach
    void aFirmWithPublishedAndUnpublishedCycles() {
        entries = new FeedbackEntries(repository);
        member = Principals.firmUser("feedback-page-member");
        firm = firms.approvedFirm(member, "反馈页面测试公司");
        entries.published(firm, 2035, "C20", TierResult.TIER_3, null, Instant.parse("2035-04-28T02:00:00Z"));
        entries.published(firm, 2036, "C02", TierResult.TIER_2, COMMENT, Instant.parse("2036-04-28T02:00:00Z"));
        entries.insufficientData(firm, 2037, Instant.parse("2037-04-28T02:00:00Z"));
        entries.unpublished(firm, 2038, "C01");
    }

    @Test
    void eachConditionIsExplainedInPlainChineseWithTheCatchUpPlanCommentAndFocus() {
        String page = page(member, "/2036");
        String text = page.replaceAll("<[^>]+>", "");

        for (String condition : new String[] {"c1", "c2", "c3", "c4", "c5a", "c5b", "c6", "c7", "c8"}) {
            assertThat(page).contains("id=\"condition-" + condition + "\"");
        }
        assertThat(text).contains("第二梯队（次年申报）").contains("补齐后争取明年申报")
                .contains("2023–2025 年研发费用占同期销售收入比例 = 研发费用合计 ÷ 销售收入合计 = 6,075,000 元 ÷ 135,000,000 元 = 4.50%，要求 ≥ 5%")
                .contains("差 0.50 个百分点")
                .contains("2025 年销售收入 50,000,000 元，不超过 5000 万元（含）")
                .contains("明年的研发费用需达到销售收入的 5.95%，才能使 2024–2026 年的比例达到 5%")
                .contains("一年内可补齐")
                .contains("创新能力预估得分").contains("按企业自评（假设）").contains("预估所作的假设")
                .contains(COMMENT)
                .contains("研发队伍建设").contains("知识产权申报").contains("科技成果应用与转化")
                .contains("发布于 2036-04-28 10:00")
                .contains("科技型中小企业评价", "符合：评分达到 60 分，可按评分入库",
                        "按 2035 会计年度数据评分 72 分（满分 100 分，60 分及格）；规模条件：符合");
        assertThat(page).contains("href=\"/firms/" + firm + "/tech-sme-check\"");
        assertThat(page).doesNotContain(FeedbackEntries.INTERNAL_REASON)
                .contains("action=\"/firms/" + firm + "/feedback/2036/acknowledgement\"")
                .contains("name=\"_csrf\"");
    }

    @Test
    void tierThreeTellsAFirmWhoseFiguresPassToRegisterAsATechSme() {
        String text = page(member, "/2035").replaceAll("<[^>]+>", "");

        assertThat(text).contains("第三梯队（第三年申报）",
                "2034 会计年度数据已达到科技型中小企业评价条件，但贵企业尚未入库", "高企成长发展目标", "科技型中小企业评价入库");
        assertThat(page(member, "/2036")).as("tier 2 is coached on the HTE conditions themselves")
                .doesNotContain("techsme-register", "科技型中小企业评价入库");
        assertThat(page(member, "/2035?lang=en").replaceAll("<[^>]+>", ""))
                .contains("pass the tech-based SME evaluation, but your firm is not in the register",
                        "Tech-based SME registration");
    }

    @Test
    void theSamePageReadsInEnglish() {
        String text = page(member, "/2036?lang=en").replaceAll("<[^>]+>", "");

        assertThat(text).contains("Tier 2 (apply next year)")
                .contains("R&amp;D expenses as a share of sales revenue over 2023–2025 = total R&amp;D expenses ÷ "
                        + "total sales revenue = CNY 6,075,000 ÷ CNY 135,000,000 = 4.50%, required ≥ 5%")
                .contains("R&amp;D expenses next year must reach 5.95% of sales to bring the share over 2024–2026 to 5%")
                .contains("Catch-up plan").contains("Coaching focus").contains("R&amp;D team building")
                .contains(COMMENT).contains("Acknowledge this feedback")
                .contains("Tech-based SME evaluation", "Score 72 of 100 from fiscal year 2035 (60 passes); size caps: Met");
    }

    @Test
    void theOverviewShowsTheLatestFeedbackAndTheHistoryWithItsChartButNoUnpublishedCycle() {
        String page = page(member, "");

        assertThat(page).contains("id=\"tier-chart\"").contains("data-years=\"[2035,2036,2037]\"")
                .contains("data-tiers=\"[3,2,null]\"").contains("/webjars/echarts/dist/echarts.min.js")
                .contains("id=\"tier-history\"")
                .contains("href=\"/firms/" + firm + "/feedback/2036\"").contains("href=\"/firms/" + firm + "/feedback/2035\"")
                .doesNotContain("/feedback/2038");
        String text = page.replaceAll("<[^>]+>", "");
        assertThat(text).contains("最新反馈：2037 年度").contains("数据不足，暂未评定梯队")
                .contains("2036 年度填报").contains("成立日期")
                .contains("第三梯队（第三年申报）");
        // The version-less address resolves as Spring's webjar resolver does it. (Fetching it here would trip
        // BlockHound: static resources are read from their jar with blocking I/O.)
        assertThat(new WebJarVersionLocator().fullPath("echarts", "dist/echarts.min.js")).isNotNull();
    }

    @Test
    void aFirmWithNothingPublishedIsToldSo() {
        Principals newcomer = Principals.firmUser("feedback-newcomer");
        String other = firms.approvedFirm(newcomer, "尚无反馈测试公司");
        entries.unpublished(other, 2036, "C01");

        String page = web.mutateWith(newcomer.session()).get().uri("/firms/{id}/feedback", other).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        assertThat(page).contains("区科技局尚未向贵企业发布培育反馈。").doesNotContain("id=\"tier-history\"")
                .doesNotContain("2036");
        web.mutateWith(newcomer.session()).get().uri("/firms/{id}/feedback/2036", other).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void theMemberAcknowledgesOnTheFormAndThePageSaysWhen() {
        web.mutateWith(member.session()).mutateWith(csrf()).post()
                .uri("/firms/{id}/feedback/2036/acknowledgement", firm).exchange()
                .expectStatus().isSeeOther()
                .expectHeader().valueEquals("Location", "/firms/" + firm + "/feedback/2036?acknowledged");

        Instant acknowledgedAt = entries.stored(firm, 2036).acknowledgedAt();
        assertThat(acknowledgedAt).isNotNull();
        String shanghai = new cn.baiyun.hte.platform.time.ShanghaiTime().format(acknowledgedAt);
        String page = page(member, "/2036?acknowledged");
        assertThat(page).contains("已确认，谢谢。").contains("已于 " + shanghai + "（北京时间）确认")
                .doesNotContain("/feedback/2036/acknowledgement");
        assertThat(page(reviewer, "/2036")).contains("已于 " + shanghai);
    }

    @Test
    void aReviewerReadsTheFeedbackWithoutTheButtonAndCannotAcknowledge() {
        assertThat(page(reviewer, "/2036")).contains("尚未确认").doesNotContain("/feedback/2036/acknowledgement");

        web.mutateWith(reviewer.session()).mutateWith(csrf()).post()
                .uri("/firms/{id}/feedback/2036/acknowledgement", firm).exchange()
                .expectStatus().isForbidden();
        assertThat(entries.stored(firm, 2036).acknowledgedAt()).isNull();
    }

    private String page(Principals reader, String path) {
        return web.mutateWith(reader.session()).get().uri("/firms/" + firm + "/feedback" + path).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }
}
