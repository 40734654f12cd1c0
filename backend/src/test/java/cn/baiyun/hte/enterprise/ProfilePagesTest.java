package cn.baiyun.hte.enterprise;

import java.util.List;

import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFirms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

@PortalIntegrationTest
class ProfilePagesTest {

    @Autowired
    WebTestClient web;
    @Autowired
    TestFirms firms;

    Principals member;
    String firm;

    @BeforeEach
    void aFirmWithAMember() {
        member = Principals.firmUser("member");
        firm = firms.approvedFirm(member, "页面测试公司");
    }

    @Test
    void savingAValidFormStoresItAndReturnsToTheProfile() {
        MultiValueMap<String, String> form = form(version(), "页面测试公司");
        form.add("technicalField", "8.4.2");
        form.add("contacts[0].name", "李工");
        form.add("contacts[0].email", "li@example.cn");

        post(form).expectStatus().isSeeOther()
                .expectHeader().valueEquals("Location", "/firms/" + firm + "?saved");

        EnterpriseProfile saved = stored().profile();
        assertThat(saved.technicalField()).isEqualTo("8.4.2");
        assertThat(saved.contacts()).containsExactly(new Contact("李工", null, null, "li@example.cn"));
    }

    @Test
    void theFormAsThePagePostsItWithEveryOptionalPartLeftBlankSavesNoCertificatesAndNoContacts() {
        MultiValueMap<String, String> form = form(version(), "  空白表单测试公司 ");
        for (String blank : new String[] {"registrationDate", "address", "district", "technicalField",
                "residentEnterprise", "industrial", "aboveDesignatedSize", "specialized.level", "specialized.issuer",
                "specialized.validFrom", "specialized.validTo", "hteCertificate.number", "hteCertificate.issueDate",
                "techSme.number", "techSme.year", "contacts[0].name", "contacts[0].position", "contacts[0].phone",
                "contacts[0].email", "contacts[1].name", "contacts[1].position", "contacts[1].phone",
                "contacts[1].email"}) {
            form.add(blank, "");
        }

        post(form).expectStatus().isSeeOther();

        assertThat(stored().profile()).isEqualTo(new EnterpriseProfile("空白表单测试公司", null, null, null, null, null,
                null, null, null, null, null, LifecycleStage.REGISTERED_FIRM, List.of()));
    }

    @Test
    void aRegistrationYearOutOfRangeIsExplainedWithPlainYears() {
        MultiValueMap<String, String> form = form(version(), "页面测试公司");
        form.add("techSme.number", "2024520113A0001");
        form.add("techSme.year", "2016");

        String page = post(form).expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        assertThat(page).contains("入库年度应在2017年至").doesNotContain("2,017");
    }

    @Test
    void theSavedNoticeShowsOnlyAfterASave() {
        assertThat(page("/firms/{id}?saved")).contains("企业信息已保存。");
        assertThat(page("/firms/{id}")).doesNotContain("企业信息已保存。");
    }

    private String page(String path) {
        return web.mutateWith(member.session()).get().uri(path, firm).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    @Test
    void invalidInputIsShownInlineAndInTheSummaryInChinese() {
        Enterprise before = stored();
        MultiValueMap<String, String> form = form(version(), "");
        form.add("registrationDate", "2020-13-45");
        form.add("contacts[0].email", "nope");

        String page = post(form).expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        assertThat(page).contains("存在以下问题")
                .contains("href=\"#f-registrationDate\"")
                .contains("id=\"f-registrationDate\"")
                .contains("value=\"2020-13-45\"")
                .contains("注册成立日期：格式不正确")
                .contains("企业名称：此项为必填项")
                .contains("href=\"#f-contacts-0-email\"").contains("联系人 1 电子邮箱：请输入有效的电子邮箱地址");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aContactProblemLandsOnTheRowItWasTypedInAndAYearThatCannotBeReadIsShownWithIt() {
        Enterprise before = stored();
        MultiValueMap<String, String> form = form(version(), "页面测试公司");
        form.add("contacts[0].name", "");
        form.add("contacts[1].name", "王工");
        form.add("contacts[1].email", "nope");
        form.add("techSme.number", "2024520113A0001");
        form.add("techSme.year", "二〇二四");
        form.add("hteCertificate.number", "GR202452000001");

        String page = post(form).expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        assertThat(page).contains("id=\"f-contacts-1-email-error\"").contains("联系人 2 电子邮箱：")
                .doesNotContain("id=\"f-contacts-0-email-error\"")
                .contains("入库年度：").contains("value=\"二〇二四\"").contains("value=\"王工\"")
                .contains("发证日期：此项为必填项");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aStaleFormSaysSomeoneElseSavedAndOverwritesNothing() {
        long staleVersion = version();
        post(form(staleVersion, "他人先保存的名称")).expectStatus().isSeeOther();
        Enterprise afterOther = stored();

        String page = post(form(staleVersion, "我的旧版本修改")).expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(page).contains("其他人已保存了新的修改");
        assertThat(stored()).isEqualTo(afterOther);
    }

    @Test
    void englishSwitchIsRememberedForTheNextPages() {
        var switched = web.mutateWith(member.session()).get().uri("/firms/{id}?lang=en", firm).exchange()
                .expectStatus().isOk()
                .expectCookie().exists("hte_lang");
        assertThat(switched.expectBody(String.class).returnResult().getResponseBody())
                .contains("Edit the firm").contains("lang=\"en\"");

        web.mutateWith(member.session()).get().uri("/firms/{id}", firm).cookie("hte_lang", "en").exchange()
                .expectBody(String.class).value(page -> assertThat(page).contains("Basic information"));
        web.mutateWith(member.session()).get().uri("/firms/{id}", firm).exchange()
                .expectBody(String.class).value(page -> assertThat(page).contains("基本信息"));
    }

    @Test
    void aMemberOfTwoFirmsSwitchesBetweenThemFromTheHeader() {
        String second = firms.approvedFirm(member, "页面测试第二公司");

        String page = web.mutateWith(member.session()).get().uri("/firms/{id}", second).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        assertThat(page).contains("href=\"/firms/" + firm + "\">页面测试公司</a>")
                .contains("href=\"/firms/" + second + "\" aria-current=\"page\">页面测试第二公司</a>");
    }

    @Test
    void anotherFirmsPageIsAPlainNotFoundPageThatKeepsTheLanguageSwitch() {
        String page = web.mutateWith(Principals.firmUser("outsider").session()).get().uri("/firms/{id}", firm)
                .accept(MediaType.TEXT_HTML)
                .exchange().expectStatus().isNotFound()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(page).contains("lang=\"zh-CN\"").contains("未找到该页面，或您无权访问。")
                .contains("href=\"/firms/" + firm + "?lang=en\"").doesNotContain("页面测试公司");
    }

    @Test
    void claimFormExplainsABadCodeNextToTheField() {
        // The claim form is multipart (it may carry the business licence); here its file input is left empty.
        var claim = new MultipartBodyBuilder();
        claim.part("uscc", "91520113MA6J8XY1A");
        claim.part("name", "新公司");
        String page = web.mutateWith(Principals.firmUser("newcomer").session()).mutateWith(csrf()).post()
                .uri("/firms/claim")
                .body(BodyInserters.fromMultipartData(claim.build()))
                .exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(page).contains("href=\"#f-uscc\"").contains("id=\"uscc-error\"").contains("17");
    }

    @Test
    void yearsReadAsYearsNotAsAmounts() {
        MultiValueMap<String, String> form = form(version(), "页面测试公司");
        form.add("techSme.number", "2025520113A0001");
        form.add("techSme.year", "2025");
        post(form).expectStatus().isSeeOther();

        assertThat(page("/firms/{id}")).contains("入库登记编号 2025520113A0001（2025年）").doesNotContain("2,025");

        MultiValueMap<String, String> tooEarly = form(version(), "页面测试公司");
        tooEarly.add("techSme.number", "2025520113A0001");
        tooEarly.add("techSme.year", "2010");
        assertThat(post(tooEarly).expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody())
                .contains("入库年度应在2017年至").doesNotContain("2,017");
    }

    private WebTestClient.ResponseSpec post(MultiValueMap<String, String> form) {
        return web.mutateWith(member.session()).mutateWith(csrf()).post().uri("/firms/{id}/edit", firm)
                .body(BodyInserters.fromFormData(form)).exchange();
    }

    private static MultiValueMap<String, String> form(long version, String name) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("version", String.valueOf(version));
        form.add("name", name);
        form.add("lifecycleStage", "REGISTERED_FIRM");
        return form;
    }

    private long version() {
        return stored().version();
    }

    private Enterprise stored() {
        return firms.stored(firm);
    }
}
