package cn.baiyun.hte.filing.portfolio;

import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFirms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

@PortalIntegrationTest
class PortfolioPagesTest {

    @Autowired
    WebTestClient web;
    @Autowired
    TestFirms firms;
    @Autowired
    StoredPortfolio stored;

    Principals member;
    String firm;

    @BeforeEach
    void aFirmWithAMember() {
        member = Principals.firmUser("member");
        firm = firms.approvedFirm(member, "组合页面测试公司");
    }

    @Test
    void anIpRightAddedOnTheFormIsListedWithItsClassInChineseOrEnglish() {
        post("/ip/new", ipForm("ZL202220400001.1", null)).expectStatus().isSeeOther()
                .expectHeader().valueEquals("Location", "/firms/" + firm + "/ip?saved");

        assertThat(page("/ip?saved")).contains("已保存。");
        assertThat(page("/ip")).doesNotContain("已保存。").doesNotContain("已删除。").contains("ZL202220400001.1").contains("Ⅱ类").contains("实用新型专利")
                .contains("已授权的Ⅰ类知识产权：0 项。已授权且尚未用于高企申请的Ⅱ类知识产权：1 项。");
        assertThat(page("/ip?lang=en")).contains("Class II").contains("Utility model").contains("lang=\"en\"");
        assertThat(stored.of(firm).ipAssets()).singleElement()
                .satisfies(a -> assertThat(a.details().supportsMainProduct()).isTrue());
    }

    @Test
    void invalidIpInputIsShownInlineAndInTheSummaryAllAtOnceEachNamingItsField() {
        MultiValueMap<String, String> form = ipForm("", null);
        form.set("applicationDate", "2022-13-45");
        form.set("status", "PENDING");
        form.set("ownedByFirm", "");

        String page = post("/ip/new", form).expectStatus().isOk().expectBody(String.class).returnResult()
                .getResponseBody();

        // The date that could not be read does not hide what the rules find wrong with the rest.
        assertThat(page).contains("存在以下问题")
                .contains("href=\"#f-applicationDate\"").contains("value=\"2022-13-45\"").contains("申请日期：格式不正确")
                .contains("href=\"#f-number\"").contains("id=\"f-number-error\"")
                .contains("编号（申请号、专利号或登记号）：此项为必填项")
                .contains("授权日期：申请中的知识产权尚无授权日期").contains("id=\"f-ownedByFirm-error\"")
                .contains("归本企业所有：此项为必填项");
        assertThat(post("/ip/new?lang=en", form).expectStatus().isOk().expectBody(String.class).returnResult()
                .getResponseBody())
                .contains("Application date: The format is not valid")
                .contains("Number (application, patent or registration number): This field is required");
        assertThat(stored.of(firm).ipAssets()).isEmpty();
    }

    @Test
    void aStaleIpFormSaysSomeoneElseSavedAndOverwritesNothing() {
        post("/ip/new", ipForm("ZL202220400002.2", null)).expectStatus().isSeeOther();
        String id = stored.of(firm).ipAssets().get(0).id();
        assertThat(page("/ip/" + id + "/edit")).contains("value=\"ZL202220400002.2\"").contains("name=\"version\" value=\"0\"");
        post("/ip/" + id + "/edit", ipForm("ZL202220400002.3", 0L)).expectStatus().isSeeOther();
        var afterOther = stored.of(firm);

        String page = post("/ip/" + id + "/edit", ipForm("ZL202220400002.4", 0L)).expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(page).contains("其他人已保存了新的修改").contains("value=\"ZL202220400002.4\"");
        assertThat(stored.of(firm)).isEqualTo(afterOther);
    }

    @Test
    void removingAsksFirstAndRefusesAStaleVersion() {
        post("/ip/new", ipForm("ZL202220400003.3", null)).expectStatus().isSeeOther();
        String id = stored.of(firm).ipAssets().get(0).id();

        assertThat(page("/ip/" + id + "/delete")).contains("确定删除此记录").contains("ZL202220400003.3")
                .contains("name=\"_csrf\"");
        post("/ip/" + id + "/edit", ipForm("ZL202220400003.3", 0L)).expectStatus().isSeeOther();
        var before = stored.of(firm);
        String refused = post("/ip/" + id + "/delete", version(0)).expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(refused).contains("其他人已保存了新的修改");
        assertThat(stored.of(firm)).isEqualTo(before);

        post("/ip/" + id + "/delete", version(1)).expectStatus().isSeeOther()
                .expectHeader().valueEquals("Location", "/firms/" + firm + "/ip?deleted");
        assertThat(stored.of(firm).ipAssets()).isEmpty();
    }

    @Test
    void achievementsShowTheirTransformationsCountedOncePerYear() {
        post("/ip/new", ipForm("ZL202220400004.4", null)).expectStatus().isSeeOther();
        String asset = stored.of(firm).ipAssets().get(0).id();
        assertThat(page("/achievements/new")).contains("ZL202220400004.4").contains("transformations[1].appliedTo");
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("title", "柔性夹持技术");
        form.add("ipAssetIds", asset);
        row(form, 0, "2024-03-01", "", "OWN_IMPLEMENTATION", "ZA-200");
        row(form, 1, "", "", "", "");
        row(form, 2, "", "2024", "LICENCE", "ZA-300");
        row(form, 3, "2025-02-01", "", "TRANSFER", "某装备公司");

        post("/achievements/new", form).expectStatus().isSeeOther();

        assertThat(stored.of(firm).achievements()).singleElement()
                .satisfies(a -> assertThat(a.details().transformations()).hasSize(3));
        String list = page("/achievements");
        assertThat(list).contains("按年度统计的成果转化数").contains("计入年份（每年计一次）：2024, 2025")
                .contains("ZL202220400004.4");
        assertThat(list.replaceAll("\\s+", "")).contains("<td>2024</td><td>1</td>").contains("<td>2025</td><td>1</td>");
    }

    @Test
    void aBadTransformationRowIsShownNextToItsInputs() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("title", "柔性夹持技术");
        row(form, 0, "", "", "", "");
        row(form, 1, "2024-03-01", "2023", "OWN_IMPLEMENTATION", "ZA-200");

        String page = post("/achievements/new", form).expectStatus().isOk().expectBody(String.class).returnResult()
                .getResponseBody();

        // The row keeps its place on the page: the blank row above it is not saved, but still shown.
        assertThat(page).contains("href=\"#f-transformations-1-year\"")
                .contains("转化 2 年份（不清楚具体日期时填写）：年份须与日期一致（2024），或留空")
                .contains("id=\"f-transformations-2-date\"");
        assertThat(stored.of(firm).achievements()).isEmpty();
    }

    @Test
    void anUnreadableIpDateIsShownWithTheRulesTheRestBreaksAndNothingIsStored() {
        MultiValueMap<String, String> form = ipForm("", null);
        form.set("grantDate", "2022-09-31");
        form.set("expiryDate", "2021-01-01");

        String page = post("/ip/new", form).expectStatus().isOk().expectBody(String.class).returnResult()
                .getResponseBody();

        assertThat(page).contains("href=\"#f-grantDate\"").contains("value=\"2022-09-31\"").contains("格式不正确")
                .as("the date that could not be read is not also called missing")
                .doesNotContain("已授权或已到期的知识产权须填写授权日期")
                .contains("href=\"#f-number\"").contains("id=\"f-number-error\"").contains("此项为必填项")
                .contains("href=\"#f-expiryDate\"").contains("value=\"2021-01-01\"")
                .contains("value=\"一种夹持装置\"");
        assertThat(stored.of(firm).ipAssets()).isEmpty();
    }

    @Test
    void anUnreadableTransformationYearIsShownWithTheRulesTheRestBreaksOnTheirRows() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("title", "");
        row(form, 0, "", "", "", "");
        row(form, 1, "", "二〇二四", "LICENCE", "ZA-300");
        row(form, 2, "2024-03-01", "", "", "ZA-200");

        String page = post("/achievements/new", form).expectStatus().isOk().expectBody(String.class).returnResult()
                .getResponseBody();

        assertThat(page).contains("href=\"#f-transformations-1-year\"").contains("value=\"二〇二四\"")
                .contains("请输入整数")
                .as("the rules' problem lands on the row it was typed in, not on the saved list's second")
                .contains("href=\"#f-transformations-2-form\"").doesNotContain("href=\"#f-transformations-1-form\"")
                .contains("href=\"#f-title\"").contains("value=\"ZA-200\"");
        assertThat(stored.of(firm).achievements()).isEmpty();
    }

    @Test
    void aRowsProblemsLandOnTheRowTypedWhenABlankRowIsAboveIt() {
        MultiValueMap<String, String> form = rdForm("1200000");
        form.set("endDate", "2022-12-31");
        form.add("spendByYear[1].year", "");
        form.add("spendByYear[2].year", "2023");
        form.add("spendByYear[2].amount", "abc");

        String page = post("/rd-projects/new", form).expectStatus().isOk().expectBody(String.class).returnResult()
                .getResponseBody();

        assertThat(page).contains("href=\"#f-spendByYear-2-amount\"").contains("value=\"abc\"")
                .contains("请输入以元为单位的金额")
                .contains("href=\"#f-endDate\"").contains("结束日期不能早于开始日期")
                .contains("value=\"2022-12-31\"").contains("value=\"RD01\"")
                .as("the same year twice, found on the row it was typed in")
                .contains("href=\"#f-spendByYear-2-year\"");
        assertThat(stored.of(firm).rdProjects()).isEmpty();
    }

    @Test
    void rdProjectsTakeYuanAndShowThemWithSeparators() {
        MultiValueMap<String, String> form = rdForm("1200000.5");
        form.add("spendByYear[0].amount", "abc");

        String page = post("/rd-projects/new", form).expectStatus().isOk().expectBody(String.class).returnResult()
                .getResponseBody();
        assertThat(page).contains("href=\"#f-spendByYear-0-amount\"").contains("value=\"abc\"")
                .contains("年度支出 1 金额（元）：请输入以元为单位的金额");
        assertThat(stored.of(firm).rdProjects()).isEmpty();

        form.set("spendByYear[0].amount", "-5");
        page = post("/rd-projects/new", form).expectStatus().isOk().expectBody(String.class).returnResult()
                .getResponseBody();
        assertThat(page).contains("金额不能为负数");

        form.set("spendByYear[0].amount", "350000.25");
        post("/rd-projects/new", form).expectStatus().isSeeOther();
        assertThat(page("/rd-projects")).contains("1,200,000.50").contains("350,000.25").contains("RD01");
    }

    @Test
    void anUnreadableRdAmountIsShownWithTheRulesTheRestBreaksEachNamed() {
        MultiValueMap<String, String> form = rdForm("1200000.5");
        form.add("spendByYear[0].amount", "100");
        form.set("endDate", "2022-12-31");
        form.add("spendByYear[1].year", "");
        form.add("spendByYear[1].amount", "");
        form.add("spendByYear[2].amount", "一万");

        String page = post("/rd-projects/new", form).expectStatus().isOk().expectBody(String.class).returnResult()
                .getResponseBody();

        // A row whose only value could not be read is not dropped as blank: its error stays in its place,
        // shown with the rule the dates break and the year that row lacks.
        assertThat(page).contains("href=\"#f-spendByYear-2-amount\"").contains("value=\"一万\"")
                .contains("年度支出 3 金额（元）：请输入以元为单位的金额")
                .contains("href=\"#f-spendByYear-2-year\"").contains("年度支出 3 会计年度：此项为必填项")
                // A message that begins with its field's name is not named twice.
                .contains("<a href=\"#f-endDate\">结束日期不能早于开始日期（2023-01-01）</a>")
                .doesNotContain("f-spendByYear-1-year-error");
        assertThat(post("/rd-projects/new?lang=en", form).expectStatus().isOk().expectBody(String.class).returnResult()
                .getResponseBody()).contains("Spend 3, Amount (yuan): Enter an amount in yuan")
                .contains("End date: The end date cannot be before the start date (2023-01-01)");
        assertThat(stored.of(firm).rdProjects()).isEmpty();
    }

    private static void row(MultiValueMap<String, String> form, int i, String date, String year, String how,
                            String into) {
        String p = "transformations[" + i + "].";
        form.add(p + "date", date);
        form.add(p + "year", year);
        form.add(p + "form", how);
        form.add(p + "appliedTo", into);
    }

    private static MultiValueMap<String, String> ipForm(String number, Long version) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        if (version != null) {
            form.add("version", String.valueOf(version));
        }
        form.add("type", "UTILITY_MODEL");
        form.add("number", number);
        form.add("title", "一种夹持装置");
        form.add("status", "GRANTED");
        form.add("applicationDate", "2022-03-01");
        form.add("grantDate", "2022-09-16");
        form.add("acquisition", "SELF_DEVELOPED");
        form.add("ownedByFirm", "true");
        form.add("supportsMainProduct", "true");
        form.add("usedInPriorHteApplication", "false");
        return form;
    }

    private static MultiValueMap<String, String> rdForm(String budget) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("code", "RD01");
        form.add("title", "视觉定位装配系统");
        form.add("startDate", "2023-01-01");
        form.add("endDate", "2025-12-31");
        form.add("budget", budget);
        form.add("spendByYear[0].year", "2023");
        return form;
    }

    private static MultiValueMap<String, String> version(long version) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("version", String.valueOf(version));
        return form;
    }

    private String page(String path) {
        return web.mutateWith(member.session()).get().uri("/firms/" + firm + path).accept(MediaType.TEXT_HTML)
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec post(String path, MultiValueMap<String, String> form) {
        return web.mutateWith(member.session()).mutateWith(csrf()).post().uri("/firms/" + firm + path)
                .body(BodyInserters.fromFormData(form)).exchange();
    }
}
