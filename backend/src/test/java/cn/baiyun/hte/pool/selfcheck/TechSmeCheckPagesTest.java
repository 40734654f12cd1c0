package cn.baiyun.hte.pool.selfcheck;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import cn.baiyun.hte.enterprise.EnterpriseProfile;
import cn.baiyun.hte.enterprise.EnterpriseService;
import cn.baiyun.hte.enterprise.LifecycleStage;

import cn.baiyun.hte.filing.portfolio.Acquisition;
import cn.baiyun.hte.filing.portfolio.IpAssetDetails;
import cn.baiyun.hte.filing.portfolio.IpStatus;
import cn.baiyun.hte.filing.portfolio.IpType;
import cn.baiyun.hte.filing.portfolio.PortfolioService;
import cn.baiyun.hte.platform.time.ClockConfiguration;
import cn.baiyun.hte.platform.web.IfMatch;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFilings;
import cn.baiyun.hte.support.TestFirms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tech-based SME self-check of a firm short of the score: last year S&T staff 10 of 80 (12.5%, 4 points),
 * R&D 900,000 of 30,000,000 sales (3%, 20 points) and of 27,000,000 cost and expense (3.33%, 0 points), two
 * Class II items (12 points): 36 points. Every item in words with what reaches its next band, a what-if that
 * qualifies it, inline errors, what a firm without figures must provide, the API, and English.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TechSmeCheckPagesTest {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Autowired
    WebTestClient web;
    @Autowired
    TestFirms firms;
    @Autowired
    TestFilings filings;
    @Autowired
    PortfolioService portfolio;
    @Autowired
    EnterpriseService enterprises;
    @Autowired
    Clock clock;

    final Principals owner = Principals.firmUser("techsme");
    final Principals newcomer = Principals.firmUser("techsme-new");
    int year;
    String firm;
    String unfiled;

    @BeforeAll
    void aFirmShortOfTheScoreAndAFirmThatHasNotFiled() {
        year = LocalDate.now(clock.withZone(ClockConfiguration.ZONE)).getYear();
        firm = firms.approvedFirm(owner, "科小自评测试有限公司");
        enterprises.updateProfile(owner.user(), firm, new EnterpriseProfile("科小自评测试有限公司",
                LocalDate.of(2018, 5, 1), null, "白云区", "1.1.9", true, false, false, null, null, null,
                LifecycleStage.REGISTERED_FIRM, List.of()), IfMatch.unconditional()).block(TIMEOUT);
        filings.accepted(owner, firm, year - 1, 30_000_000, 900_000, 80, 10);
        for (String number : new String[] {"2023SR0000001", "2023SR0000002"}) {
            portfolio.addIpAsset(owner.user(), firm, new IpAssetDetails(IpType.SOFTWARE_COPYRIGHT, number,
                    "数据平台软件", IpStatus.GRANTED, LocalDate.of(2023, 1, 5), LocalDate.of(2023, 2, 1), null,
                    Acquisition.SELF_DEVELOPED, true, false, true)).block(TIMEOUT);
        }
        unfiled = firms.approvedFirm(newcomer, "科小尚未填报有限公司");
    }

    @Test
    void everyItemIsExplainedWithWhatReachesItsNextBand() {
        String page = page(owner, "/firms/{id}/tech-sme-check", firm);

        assertThat(page).contains("科技型中小企业自评", (year - 1) + " 会计年度：已通过（第 1 版）",
                "<strong id=\"techsme-outcome\">暂不符合科技型中小企业条件</strong>",
                "评分合计 36 分（满分 100 分，60 分及格");
        assertThat(row(page, "item-st-staff")).contains("科技人员 10 人 ÷ 职工总数 80 人 = 12.50%",
                "科技人员达到 12 人（占 15%）可得 8 分", "4 分");
        assertThat(row(page, "item-rd-to-sales")).contains("研发费用 900,000 元 ÷ 销售收入 30,000,000 元 = 3.00%（计入总分）",
                "研发费用达到 1,200,000 元（占 4%）此项可得 30 分", "20 分");
        assertThat(row(page, "item-rd-to-cost")).contains("÷ 成本费用支出总额 27,000,000 元 = 3.33%（另一项更高，不计入）",
                "研发费用达到 2,700,000 元（占 10%）此项可得 10 分", "0 分");
        assertThat(row(page, "item-ip")).contains("今天有效的Ⅰ类 0 项、Ⅱ类 2 项", "再取得 1 项Ⅱ类知识产权可得 18 分", "12 分");
        assertThat(row(page, "item-staff-cap")).contains("80 人", "符合");
        assertThat(row(page, "item-resident")).contains("企业信息登记为居民企业", "符合");
        assertThat(row(page, "item-hte-certificate")).contains("企业信息中没有登记高新技术企业证书");
        assertThat(row(page, "item-industry")).contains("请自行确认");
        assertThat(page).contains("留空沿用上一年：900,000", "href=\"/firms/" + firm + "/tech-sme-check\" aria-current=\"page\"");
    }

    @Test
    void aWhatIfWithMoreRdAndStaffQualifiesByTheScore() {
        // 24 of 80 = 30% → 20, 1.8m ÷ 30m = 6% → 50, 12 for IP: 82
        String page = page(owner, "/firms/{id}/tech-sme-check?rdExpenseCny119Caliber=1,800,000&stStaff=24", firm);

        assertThat(page).contains("<section id=\"result\" tabindex=\"-1\" autofocus",
                "<td id=\"techsme-outcome-after\">符合：评分达到 60 分，可按评分入库</td>");
        assertThat(row(page, "result-total")).contains("36 分（科技人员指标 4 分）", "82 分（科技人员指标 20 分）");
        assertThat(row(page, "result-st-staff")).contains("class=\"changed\"");
        assertThat(row(page, "result-staff-cap")).doesNotContain("changed");
    }

    @Test
    void badWhatIfFiguresAreShownNextToTheirFields() {
        String page = page(owner, "/firms/{id}/tech-sme-check?employees=abc&class2Ip=-1&salesRevenueCny=1e3", firm);

        assertThat(page).contains("id=\"error-summary\"", "href=\"#f-employees\"", "value=\"abc\"",
                "href=\"#f-class2Ip\"", "须为 0 到 1000000 之间的整数", "href=\"#f-salesRevenueCny\"")
                .doesNotContain("id=\"result\"");
        assertThat(page(owner, "/firms/{id}/tech-sme-check?stStaff=90", firm))
                .contains("href=\"#f-stStaff\"").doesNotContain("id=\"result\"");
        assertThat(page(owner, "/firms/{id}/tech-sme-check?employees=0", firm))
                .contains("href=\"#f-employees\"").doesNotContain("id=\"result\"");
    }

    @Test
    void aFirmWithoutLastYearsFiguresIsToldWhatToFile() {
        String page = page(newcomer, "/firms/{id}/tech-sme-check", unfiled);

        assertThat(page).contains("使用 " + (year - 1) + " 会计年度的财务数据", "href=\"/firms/" + unfiled + "/filings\"",
                (year - 1) + " 会计年度的填报").doesNotContain("techsme-outcome", "f-employees");
    }

    @Test
    void theApiAnswersTheSameEvaluation() {
        web.mutateWith(owner.bearer()).get().uri("/api/v1/enterprises/{id}/tech-sme-check", firm)
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.dataYear").isEqualTo(year - 1)
                .jsonPath("$.filingUsed.status").isEqualTo("ACCEPTED")
                .jsonPath("$.snapshot.rdExpenseCny119Caliber").isEqualTo(900000)
                .jsonPath("$.evaluation.total").isEqualTo(36)
                .jsonPath("$.evaluation.route").isEqualTo("none")
                .jsonPath("$.evaluation.qualifies").isEqualTo(false);
        web.mutateWith(newcomer.bearer()).get().uri("/api/v1/enterprises/{id}/tech-sme-check", unfiled)
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.missing[0].item").isEqualTo("filing")
                .jsonPath("$.missing[0].arguments[0]").isEqualTo(String.valueOf(year - 1))
                .jsonPath("$.evaluation").doesNotExist();
    }

    @Test
    void thePageSpeaksEnglish() {
        String page = page(owner, "/firms/{id}/tech-sme-check?lang=en&rdExpenseCny119Caliber=1800000&stStaff=24", firm);

        assertThat(page).contains("Tech-based SME self-check", "Does not qualify as a tech-based SME yet",
                "10 S&amp;T staff ÷ 80 staff = 12.50%", "Qualifies: the score reaches 60 points");
    }

    /** The table row with this id, up to its end. */
    private static String row(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id).isNotNegative();
        return page.substring(page.lastIndexOf("<tr", start), page.indexOf("</tr>", start));
    }

    private String page(Principals who, String uri, String id) {
        return web.mutateWith(who.session()).get().uri(uri, id).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }
}
