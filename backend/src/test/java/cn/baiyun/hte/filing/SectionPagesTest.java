package cn.baiyun.hte.filing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFirms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/** Saving a section from its page: what is stored, what is refused and how the refusal is shown. */
@PortalIntegrationTest
class SectionPagesTest {

    @Autowired
    WebTestClient web;
    @Autowired
    TestFirms firms;
    @Autowired
    FilingPageFixtures filings;

    Principals member;
    String firm;
    String filing;

    @BeforeEach
    void aFirmWithADraft() {
        member = Principals.firmUser("section");
        firm = firms.approvedFirm(member, "分项填报测试公司");
        filings.draft(member, firm);
        filing = "/firms/" + firm + "/filings/" + filings.year();
    }

    @Test
    void amountsWithThousandsSeparatorsAreStoredAndTheComputedFiguresShownNextToThem() {
        Map<String, String> form = fields(
                "financials.mainBusinessRevenue", "9,000,000.50",
                "financials.otherBusinessRevenue", "1 000 000",
                "financials.totalRevenue", "12，000，000",
                "financials.nonTaxableIncome", "500,000");
        assertThat(get(filing + "/financials")).doesNotContain("已保存。");

        save("financials", form).expectStatus().isSeeOther()
                .expectHeader().valueEquals("Location", filing + "/financials?saved");

        Financials saved = filings.stored(firm).content().financials();
        assertThat(saved.mainBusinessRevenue()).isEqualByComparingTo("9000000.50");
        assertThat(saved.otherBusinessRevenue()).isEqualByComparingTo("1000000");
        assertThat(saved.totalRevenue()).isEqualByComparingTo("12000000");
        assertThat(get(filing + "/financials?saved")).contains("已保存。")
                .contains("value=\"9,000,000.50\"")
                .contains("data-saved=\"salesRevenue\">10,000,000.50 元")
                .contains("data-saved=\"totalIncome\">11,500,000.00 元");
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("negative amount", "financials",
                        fields("financials.totalRevenue", "-5"), "financials.totalRevenue", "金额不能为负数"),
                Arguments.of("not a number", "financials",
                        fields("financials.totalRevenue", "12万"), "financials.totalRevenue", "请输入以元为单位的金额"),
                Arguments.of("too many decimals", "rd-spend",
                        fields("rdSpend.design", "1,000.005"), "rdSpend.design", "金额最多保留 2 位小数"),
                Arguments.of("high-tech revenue above total revenue", "financials",
                        fields("financials.totalRevenue", "1,000", "financials.highTechRevenue", "2,000"),
                        "financials.highTechRevenue", "高新技术产品（服务）收入不能大于收入总额"),
                Arguments.of("S&T staff above total staff", "staff",
                        fields("staff.mode", "ANNUAL_AVERAGE", "staff.averageTotal", "10",
                                "staff.averageScienceAndTechnology", "12"),
                        "staff.averageScienceAndTechnology", "科技人员数不能大于职工总数"),
                Arguments.of("a fraction of a person in a month", "staff",
                        fields("staff.mode", "MONTHLY", "staff.months[4].totalEnd", "10.5"),
                        "staff.months[4].totalEnd", "请输入整数"),
                Arguments.of("a date that does not exist", "incidents",
                        fields("incidents.items[0].date", "2024-02-30", "incidents.items[0].type", "SAFETY"),
                        "incidents.items[0].date", "格式不正确"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputIsShownInlineAndInTheSummaryAndChangesNothing(String name, String slug, Map<String, String> form,
                                                               String field, String message) {
        Filing before = filings.stored(firm);

        String page = savePage(slug, form);

        String id = "f-" + field.replaceAll("[^A-Za-z0-9]+", "-");
        assertThat(page).contains("存在以下问题").contains("href=\"#" + id + "\"").contains("id=\"" + id + "\"")
                .contains("id=\"" + id + "-error\"").contains(message);
        assertThat(filings.stored(firm)).isEqualTo(before);
    }

    @Test
    void whatWasTypedIsShownBackWithItsMessage() {
        String page = savePage("financials", fields("financials.totalRevenue", "12万"));

        assertThat(page).contains("value=\"12万\"");
    }

    @Test
    void aValueThatCannotBeReadDoesNotHideWhatIsWrongWithTheOthers() {
        Filing before = filings.stored(firm);

        String page = savePage("financials", fields("financials.totalRevenue", "12万",
                "financials.highTechRevenue", "-5", "financials.totalAssets", "1,000", "financials.netAssets", "2,000"));

        assertThat(page).contains("收入总额：请输入以元为单位的金额").contains("value=\"12万\"")
                .contains("高新技术产品（服务）收入：金额不能为负数")
                .contains("净资产（年末）：").contains("id=\"f-financials-netAssets-error\"")
                .contains("value=\"1,000\"");
        assertThat(filings.stored(firm)).isEqualTo(before);
    }

    @Test
    void rowsThatCannotBeReadAndRowsThatBreakTheRulesAreShownTogetherEachNamedByItsMonth() {
        Filing before = filings.stored(firm);
        Map<String, String> form = fields("staff.mode", "MONTHLY");
        for (int i = 0; i < 12; i++) {
            form.put("staff.months[" + i + "].totalBegin", "10");
            form.put("staff.months[" + i + "].totalEnd", i == 2 ? "十" : "10");
            form.put("staff.months[" + i + "].scienceAndTechnologyBegin", "2");
            form.put("staff.months[" + i + "].scienceAndTechnologyEnd", i == 5 ? "11" : "2");
        }

        String page = savePage("staff", form);

        assertThat(page).contains("3 月 职工总数（月末）：请输入整数").contains("value=\"十\"")
                .contains("id=\"f-staff-months-2-totalEnd-error\"")
                .contains("6 月 科技人员（月末）：科技人员数不能大于职工总数")
                .contains("id=\"f-staff-months-5-scienceAndTechnologyEnd-error\"");
        assertThat(filings.stored(firm)).isEqualTo(before);
    }

    @Test
    void aMonthlyRowsProblemLandsOnTheRowOfThatMonthEvenWhenEarlierMonthsAreEmpty() {
        Filing before = filings.stored(firm);
        Map<String, String> form = fields("staff.mode", "MONTHLY");
        for (int i = 3; i < 12; i++) {
            form.put("staff.months[" + i + "].totalBegin", "10");
            form.put("staff.months[" + i + "].totalEnd", "10");
            form.put("staff.months[" + i + "].scienceAndTechnologyBegin", "2");
            form.put("staff.months[" + i + "].scienceAndTechnologyEnd", i == 6 ? "11" : "2");
        }

        String page = savePage("staff", form);

        assertThat(page).contains("id=\"f-staff-months-6-scienceAndTechnologyEnd-error\"")
                .contains("科技人员数不能大于职工总数");
        assertThat(filings.stored(firm)).isEqualTo(before);
    }

    @Test
    void monthlyRowsAreStoredByMonthWithTheAveragesAndShareComputed() {
        Map<String, String> form = fields("staff.mode", "MONTHLY");
        for (int i = 0; i < 12; i++) {
            form.put("staff.months[" + i + "].totalBegin", "12");
            form.put("staff.months[" + i + "].totalEnd", i < 11 ? "12" : "24");
            form.put("staff.months[" + i + "].scienceAndTechnologyBegin", "1");
            form.put("staff.months[" + i + "].scienceAndTechnologyEnd", i < 11 ? "1" : "13");
        }

        save("staff", form).expectStatus().isSeeOther();

        Staff staff = filings.stored(firm).content().staff();
        assertThat(staff.months()).hasSize(12);
        assertThat(staff.months().get(11)).isEqualTo(new StaffMonth(12, 12, 24, 1, 13));
        assertThat(get(filing + "/staff")).contains("data-saved=\"averageTotal\">12.50")
                .contains("data-saved=\"averageScienceAndTechnology\">1.50")
                .contains("data-saved=\"scienceAndTechnologyShare\">12.00%")
                .contains("183");
    }

    @Test
    void incidentRowsAreAddedWithoutAScriptAndEmptyRowsAreLeftOut() {
        save("incidents", fields("incidents.items[1].date", "2024-05-06", "incidents.items[1].type", "QUALITY",
                "incidents.items[1].authority", "区市场监管局")).expectStatus().isSeeOther();

        Incidents saved = filings.stored(firm).content().incidents();
        assertThat(saved.items()).extracting(Incident::authority).containsExactly("区市场监管局");
        assertThat(get(filing + "/incidents")).contains("name=\"incidents.items[0].authority\"").contains("value=\"区市场监管局\"")
                .contains("name=\"incidents.items[2].authority\"");
    }

    @Test
    void aServiceProblemInALaterIncidentRowIsShownOnThatRow() {
        Filing before = filings.stored(firm);

        String page = savePage("incidents", fields("incidents.items[1].type", "SAFETY",
                "incidents.items[1].authority", "局".repeat(501)));

        assertThat(page).contains("id=\"f-incidents-items-1-authority-error\"").contains("不能超过 500 个字符");
        assertThat(filings.stored(firm)).isEqualTo(before);
    }

    @Test
    void declaringNoIncidentsAndListingOneIsRefused() {
        Filing before = filings.stored(firm);

        String page = savePage("incidents", fields("incidents.none", "true", "incidents.items[0].type", "SAFETY"));

        assertThat(page).contains("id=\"f-incidents-none-error\"").contains("已声明");
        assertThat(filings.stored(firm)).isEqualTo(before);
    }

    @Test
    void theSelfAssessmentIsStoredFromItsChoices() {
        save("self-assessment", fields("selfAssessment.technologicalAdvancement", "B",
                "selfAssessment.coreSupport", "A", "selfAssessment.rdManagementSystem", "PARTIAL",
                "selfAssessment.standardsParticipation", "true")).expectStatus().isSeeOther();

        SelfAssessment saved = filings.stored(firm).content().selfAssessment();
        assertThat(saved).isEqualTo(new SelfAssessment(SelfAssessment.Band.B, SelfAssessment.Band.A,
                SelfAssessment.Practice.PARTIAL, null, null, null, true));
        assertThat(get(filing + "/self-assessment")).contains("m1 ").contains("value=\"PARTIAL\" checked");
    }

    @Test
    void aStaleVersionIsRefusedWithTheConflictMessageAndOverwritesNothing() {
        long staleVersion = filings.stored(firm).version();
        save("financials", fields("financials.totalRevenue", "1,000")).expectStatus().isSeeOther();
        Filing afterOther = filings.stored(firm);

        String page = savePage("financials", fields("version", String.valueOf(staleVersion),
                "financials.totalRevenue", "2,000"));

        assertThat(page).contains("其他人已保存了新的修改").contains("重新打开此页");
        assertThat(filings.stored(firm)).isEqualTo(afterOther);
    }

    @Test
    void aFormWithoutItsVersionNeverOverwrites() {
        Filing before = filings.stored(firm);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("financials.totalRevenue", "1,000");

        String page = web.mutateWith(member.session()).mutateWith(csrf()).post().uri(filing + "/financials")
                .body(BodyInserters.fromFormData(form)).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        assertThat(page).contains("其他人已保存了新的修改");
        assertThat(filings.stored(firm)).isEqualTo(before);
    }

    @Test
    void aReturnedFilingLetsTheFirmChangeOnlyTheReturnedSections() {
        firm = firms.approvedFirm(member, "退回测试公司");
        filing = "/firms/" + firm + "/filings/" + filings.year();
        filings.returned(member, firm, Map.of(FilingSection.RD_SPEND, "请补充委托研发合同金额"));
        Filing returned = filings.stored(firm);

        assertThat(get(filing + "/rd-spend")).contains("请补充委托研发合同金额").contains("name=\"rdSpend.personnel\"");
        assertThat(get(filing + "/financials")).contains("此部分未被退回，不能修改。")
                .doesNotContain("name=\"financials.totalRevenue\"").contains("9,000,000.00 元");

        String refused = savePage("financials", fields("financials.totalRevenue", "1"));
        assertThat(refused).contains("此部分未被退回修改，不能编辑");
        assertThat(filings.stored(firm)).isEqualTo(returned);

        save("rd-spend", fields("rdSpend.personnel", "700,000")).expectStatus().isSeeOther();
        assertThat(filings.stored(firm).content().rdSpend().personnel()).isEqualByComparingTo("700000");
    }

    @Test
    void aSubmittedFilingIsReadOnly() {
        firm = firms.approvedFirm(member, "已提交测试公司");
        filing = "/firms/" + firm + "/filings/" + filings.year();
        filings.submitted(member, firm);
        Filing submitted = filings.stored(firm);

        assertThat(get(filing + "/staff")).contains("填报已提交，等待审核").doesNotContain("name=\"staff.mode\"");
        assertThat(savePage("staff", fields("staff.averageTotal", "1"))).contains("填报已提交或已通过审核，不能修改");
        assertThat(filings.stored(firm)).isEqualTo(submitted);
    }

    @Test
    void anUnknownSectionIsNotFound() {
        web.mutateWith(member.session()).get().uri(filing + "/salaries").exchange().expectStatus().isNotFound();
    }

    static Map<String, String> fields(String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return fields;
    }

    private String get(String path) {
        return web.mutateWith(member.session()).get().uri(path).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    private String savePage(String slug, Map<String, String> fields) {
        return save(slug, fields).expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    /** Posts the section's form with the stored version unless the fields name one. */
    private WebTestClient.ResponseSpec save(String slug, Map<String, String> fields) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("version", fields.getOrDefault("version", String.valueOf(filings.stored(firm).version())));
        fields.forEach((name, value) -> {
            if (!name.equals("version")) {
                form.add(name, value);
            }
        });
        return web.mutateWith(member.session()).mutateWith(csrf()).post().uri(filing + "/" + slug)
                .body(BodyInserters.fromFormData(form)).exchange();
    }
}
