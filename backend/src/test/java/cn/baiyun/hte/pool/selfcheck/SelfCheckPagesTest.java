package cn.baiyun.hte.pool.selfcheck;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.baiyun.hte.filing.Filing;
import cn.baiyun.hte.filing.FilingSection;
import cn.baiyun.hte.filing.FilingService;
import cn.baiyun.hte.filing.Financials;
import cn.baiyun.hte.filing.portfolio.Acquisition;
import cn.baiyun.hte.filing.portfolio.IpAssetDetails;
import cn.baiyun.hte.filing.portfolio.IpStatus;
import cn.baiyun.hte.filing.portfolio.IpType;
import cn.baiyun.hte.filing.portfolio.PortfolioService;
import cn.baiyun.hte.platform.time.ClockConfiguration;
import cn.baiyun.hte.platform.web.IfMatch;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFirms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The self-check of a firm whose R&D intensity is one point short (4% over three years against 5%): its tier
 * today, the what-if that closes the gap, what is missing for a firm that has not filed, inline errors for
 * bad what-if figures, both languages, and that looking stores nothing.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SelfCheckPagesTest {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Autowired
    WebTestClient web;
    @Autowired
    TestFirms firms;
    @Autowired
    RdShortFirms rdShortFirms;
    @Autowired
    FilingService filingService;
    @Autowired
    PortfolioService portfolio;
    @Autowired
    ReactiveMongoTemplate mongo;
    @Autowired
    Clock clock;

    final Principals owner = Principals.firmUser("selfcheck");
    final Principals newcomer = Principals.firmUser("selfcheck-new");
    int year;
    String firm;
    String unfiled;

    @BeforeAll
    void aFirmShortOfRdAndAFirmThatHasNotFiled() {
        year = LocalDate.now(clock.withZone(ClockConfiguration.ZONE)).getYear();
        firm = rdShortFirms.create(owner, "自查研发略欠科技有限公司", year);
        Filing last = filingService.find(owner.user(), firm, year - 1).block(TIMEOUT);
        // The firm reopens last year's filing: the self-check reads the draft, the bureau would not.
        filingService.amend(owner.user(), firm, year - 1, IfMatch.of(last.version())).block(TIMEOUT);
        portfolio.addIpAsset(owner.user(), firm, new IpAssetDetails(IpType.INVENTION_PATENT, "CN202410000003.1",
                "一种数据压缩方法", IpStatus.PENDING, LocalDate.of(year - 1, 6, 1), null, null,
                Acquisition.SELF_DEVELOPED, true, false, true)).block(TIMEOUT);

        unfiled = firms.approvedFirm(newcomer, "自查尚未填报有限公司");
        Filing draft = filingService.create(newcomer.user(), unfiled, year - 1).block(TIMEOUT);
        filingService.saveSection(newcomer.user(), unfiled, year - 1, FilingSection.FINANCIALS,
                new Financials(null, null, null, null, null, null, null, null, 12), IfMatch.of(draft.version()))
                .block(TIMEOUT);
    }

    @Test
    void todaysTierComesFromTheLatestRevisionsWithEveryFormulaInWords() {
        String page = page(owner, "/firms/{id}/self-check", firm);

        assertThat(page).contains(
                (year - 1) + " 会计年度：草稿（第 2 版）", (year - 2) + " 会计年度：已通过（第 1 版）",
                "科技局评价只计已通过审核的填报",
                "<strong id=\"tier-today\">第二梯队（次年申报）</strong>",
                (year - 3) + "–" + (year - 1) + " 年研发费用占同期销售收入比例 = 研发费用合计 ÷ 销售收入合计"
                        + " = 3,000,000 元 ÷ 75,000,000 元 = 4.00%，要求 ≥ 5%",
                "差 1.00 个百分点",
                "= 20 ÷ 80 = 25.00%，要求 ≥ 10%",
                "预估总分 77 分",
                // (5% × (25M + 30M + 30M) − 1.0M − 1.2M) ÷ 30M = 6.8333%
                "明年的研发费用需达到销售收入的 6.83%",
                "留空沿用上一年：1,200,000", "目前在审 1 件");
    }

    @Test
    void raisingNextYearsRdClosesTheGapAndTheTierRises() {
        // (1.0M + 1.2M + 2.35M) ÷ (25M + 30M + 36M) = 5.00%: the window moves on to the year in progress.
        String enough = page(owner, "/firms/{id}/self-check?rdSpend=2350000&salesRevenue=36000000&netAssets=18000000", firm);

        assertThat(enough).contains("<td id=\"tier-after\">第一梯队（当年申报）</td>",
                (year - 2) + ", " + (year - 1) + ", " + year,
                (year - 2) + "–" + year + " 年研发费用占同期销售收入比例 = 研发费用合计 ÷ 销售收入合计"
                        + " = 4,550,000 元 ÷ 91,000,000 元 = 5.00%，要求 ≥ 5%")
                .contains("id=\"change-c5a\"")
                .as("the window moves, but what the other conditions measure stays").doesNotContain(
                        "id=\"change-c1\"", "id=\"change-c4\"", "id=\"change-c5b\"", "id=\"change-c6\"",
                        "id=\"change-c7\"");

        // 10,000 yuan less: 4.54M ÷ 91M = 4.9890%, the gap shrinks from 1.00 to 0.01 points and the tier stays.
        String almost = page(owner, "/firms/{id}/self-check?rdSpend=2340000&salesRevenue=36000000&netAssets=18000000", firm);
        assertThat(almost).contains("<td id=\"tier-after\">第二梯队（次年申报）</td>", "= 4.99%", "差 0.01 个百分点");
    }

    /** Figures are read as on every other page: with thousands separators, full-width too, exactly. */
    @Test
    void whatIfFiguresWithThousandsSeparatorsAreReadAsTyped() {
        String plain = page(owner, "/firms/{id}/self-check?rdSpend=2350000&salesRevenue=36000000&netAssets=18000000",
                firm);
        String separated = page(owner, "/firms/{id}/self-check?rdSpend=2,350,000.00&salesRevenue=36,000,000"
                + "&netAssets=１８，０００，０００", firm);

        assertThat(separated).contains("<td id=\"tier-after\">第一梯队（当年申报）</td>",
                "= 4,550,000 元 ÷ 91,000,000 元 = 5.00%", "value=\"36,000,000\"", "value=\"18,000,000\"");
        assertThat(plain).contains("<td id=\"tier-after\">第一梯队（当年申报）</td>", "value=\"36,000,000\"");
        assertThat(page(owner, "/firms/{id}/self-check?salesRevenue=38,500,000", firm))
                .contains("value=\"38,500,000\"").doesNotContain("请输入以元为单位的金额");
    }

    @Test
    void badWhatIfFiguresAreShownNextToTheirFieldsAndNothingIsProjected() {
        String page = page(owner, "/firms/{id}/self-check?rdSpend=abc&stStaff=-5&inventionsGranted=3", firm);

        assertThat(page).contains("href=\"#f-rdSpend\"", "研发费用（元，各类合计）：请输入以元为单位的金额", "value=\"abc\"",
                        "href=\"#f-stStaff\"", "科技人员（月平均数）：不能为负数", "href=\"#f-inventionsGranted\"",
                        "不能超过在审的 1 件")
                .doesNotContain("今天与一年后对照");
        assertThat(page(owner, "/firms/{id}/self-check?lang=en&rdSpend=abc&stStaff=-5", firm))
                .contains("R&amp;D spend (yuan, all categories): Enter an amount in yuan",
                        "S&amp;T staff (monthly average): Cannot be negative");
        assertThat(page(owner, "/firms/{id}/self-check?stStaff=90", firm))
                .contains("科技人员（90）不能多于职工总数（80）").doesNotContain("今天与一年后对照");
    }

    /** Java alone would read these as a thousand and as one; the filing forms refuse them, and so does this page. */
    @Test
    void numbersThePortalsFormatsRefuseAreRefusedHereToo() {
        assertThat(page(owner, "/firms/{id}/self-check?salesRevenue=1e3&inventionsGranted=0x1", firm))
                .contains("id=\"error-summary\"", "href=\"#f-salesRevenue\"", "value=\"1e3\"",
                        "href=\"#f-inventionsGranted\"", "value=\"0x1\"")
                .doesNotContain("id=\"result\"");
    }

    /** The filing forms' bounds: no 10^26 yuan, fen at most; unreadable figures too; every problem at once. */
    @Test
    void figuresBeyondTheFilingFormsBoundsAreRefusedAllAtOnceNextToTheirFields() {
        String page = page(owner, "/firms/{id}/self-check?salesRevenue=100,000,000,000,000,000,000,000,000"
                + "&netAssets=-20000000000000&rdSpend=1,000.001&totalStaff=八十&stStaff=12.345"
                + "&transformations=99999999999", firm);

        assertThat(page).contains("id=\"error-summary\"",
                        "href=\"#f-salesRevenue\"", "href=\"#f-netAssets\"", "金额过大，请检查单位是否为元",
                        "href=\"#f-rdSpend\"", "金额最多保留 2 位小数",
                        "href=\"#f-totalStaff\"", "value=\"八十\"",
                        "href=\"#f-stStaff\"", "人数不能为负数，最多保留 2 位小数",
                        "href=\"#f-transformations\"", "value=\"99999999999\"")
                .doesNotContain("今天与一年后对照", "id=\"result\"");
        assertThat(page(owner, "/firms/{id}/self-check?lang=en&salesRevenue=1" + "0".repeat(26), firm))
                .contains("The amount is too large: check that it is in yuan");
    }

    /** "查看结果" lands on the result: the form's action carries its fragment and the result takes focus. */
    @Test
    void showingTheResultLandsOnIt() {
        assertThat(page(owner, "/firms/{id}/self-check", firm))
                .contains("action=\"/firms/" + firm + "/self-check#result\"").doesNotContain("id=\"result\"");
        assertThat(page(owner, "/firms/{id}/self-check?rdSpend=2350000", firm))
                .contains("<section id=\"result\" tabindex=\"-1\" autofocus");
    }

    @Test
    void theWhatIfExplainsItsScoreItemByItemWithTheFiguresItUsed() {
        String page = page(owner, "/firms/{id}/self-check?rdSpend=2350000&salesRevenue=36000000&netAssets=18000000",
                firm);

        assertThat(page).contains("测算所用数据", (year - 1) + " 会计年度（已填报）", year + " 会计年度（预期）",
                "得分构成（每项今天与一年后对照）");
        assertThat(row(page, "figure-salesRevenue")).contains("30,000,000", "36,000,000").doesNotContain("零增长");
        assertThat(row(page, "figure-rdSpend")).contains("1,200,000", "2,350,000");
        for (String item : List.of("techAdvancement", "coreSupport", "ipQuantity", "ipAcquisition", "standardsBonus",
                "ipSubtotal", "techTransformation", "rdManagement", "growthNetAssets", "growthSales")) {
            assertThat(row(page, "score-change-" + item)).as(item).contains(" 分");
        }
        assertThat(row(page, "score-change-growthSales")).contains("增长率", "档次");
        assertThat(page).contains("id=\"zero-growth-note\"");
    }

    @Test
    void figuresLeftAsTheyWereAreShownAsZeroGrowth() {
        String page = page(owner, "/firms/{id}/self-check?rdSpend=2350000", firm);

        assertThat(row(page, "figure-salesRevenue")).contains("30,000,000", "零增长");
        assertThat(page).contains("销售收入或净资产不变时，对应的增长率按 0% 计算，增长得分会因此降低");
        assertThat(page(owner, "/firms/{id}/self-check?lang=en&rdSpend=2350000", firm))
                .contains("unchanged sales or net assets give a growth rate of 0%", "zero growth");
    }

    /** The table row with this id, up to its end. */
    private static String row(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id).isNotNegative();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    @Test
    void aFirmShortOfDataIsToldWhatToProvideWithLinks() {
        String page = page(newcomer, "/firms/{id}/self-check", unfiled);

        assertThat(page).contains("补齐以下内容后才能得出梯队",
                        "href=\"/firms/" + unfiled + "/edit\"", "企业信息中的成立日期", "企业信息中的技术领域",
                        "href=\"/firms/" + unfiled + "/filings\"", (year - 2) + " 会计年度的填报",
                        "href=\"/firms/" + unfiled + "/filings/" + (year - 1) + "/rd-spend\"",
                        (year - 1) + " 会计年度：“研发费用”部分尚未填完")
                .doesNotContain("tier-today", "f-rdSpend");
    }

    @Test
    void thePageSpeaksEnglish() {
        String page = page(owner, "/firms/{id}/self-check?lang=en&rdSpend=2350000&salesRevenue=36000000&netAssets=18000000", firm);

        assertThat(page).contains("Tier 2 (apply next year)", "Tier 1 (apply this year)", "Not met",
                "over " + (year - 3) + "–" + (year - 1) + " = total R&amp;D expenses ÷ total sales revenue"
                        + " = CNY 3,000,000 ÷ CNY 75,000,000 = 4.00%, required ≥ 5%",
                "1.00 percentage points short", "Fiscal year " + (year - 1) + ": draft (revision 2)",
                "the bureau counts only accepted filings");
    }

    @Test
    void checkingAndWhatIfsStoreNothing() {
        Map<String, Long> before = documentCounts();
        List<Filing> filingsBefore = filingService.ofFirm(owner.user(), firm).collectList().block(TIMEOUT);

        page(owner, "/firms/{id}/self-check", firm);
        page(owner, "/firms/{id}/self-check?rdSpend=2350000&salesRevenue=36000000&inventionsGranted=1", firm);
        page(owner, "/firms/{id}/self-check?rdSpend=-1", firm);

        assertThat(documentCounts()).isEqualTo(before);
        assertThat(filingService.ofFirm(owner.user(), firm).collectList().block(TIMEOUT)).isEqualTo(filingsBefore);
    }

    /** Every collection's size except the page sessions, which signing in writes. */
    private Map<String, Long> documentCounts() {
        return mongo.getCollectionNames().filter(name -> !name.equals("sessions"))
                .flatMap(name -> mongo.getCollection(name).flatMap(c -> reactor.core.publisher.Mono.from(c.countDocuments()))
                        .map(count -> Map.entry(name, count)))
                .collectMap(Map.Entry::getKey, Map.Entry::getValue, TreeMap::new)
                .block(TIMEOUT);
    }

    private String page(Principals who, String uri, String id) {
        return web.mutateWith(who.session()).get().uri(uri, id).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }
}
