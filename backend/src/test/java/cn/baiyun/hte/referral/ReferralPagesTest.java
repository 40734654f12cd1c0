package cn.baiyun.hte.referral;

import java.time.Duration;
import java.util.UUID;

import cn.baiyun.hte.enterprise.EnterpriseService;
import cn.baiyun.hte.enterprise.UnifiedSocialCreditCode;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFirms;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

@PortalIntegrationTest
class ReferralPagesTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Autowired
    WebTestClient web;
    @Autowired
    ReferralService service;
    @Autowired
    EnterpriseService enterprises;

    final String departmentA = "发改局-" + UUID.randomUUID().toString().substring(0, 8);
    final String departmentB = "商促局-" + UUID.randomUUID().toString().substring(0, 8);
    final Principals officerA = Principals.department(departmentA);
    final Principals officerB = Principals.department(departmentB);
    final Principals reviewer = Principals.reviewer();

    @Test
    void anOfficerRefersAFirmOnTheFormAndFollowsItInChineseOrEnglish() {
        String blank = page(officerA, "");
        assertThat(blank).contains("以" + departmentA + "名义推荐企业").contains("for=\"f-uscc\"")
                .contains("for=\"f-firmName\"").contains("for=\"f-note\"").contains("暂无推荐记录。")
                .doesNotContain("id=\"f-department\"");

        String uscc = TestFirms.newUscc();
        post(officerA, form(uscc, "页面推荐公司", "产值增长快")).expectStatus().isSeeOther()
                .expectHeader().valueEquals("Location", "/referrals?referred");

        assertThat(page(officerA, "?referred")).contains("推荐已提交。").contains("页面推荐公司").contains(uscc)
                .contains("产值增长快").contains("待企业认领或审核").contains(departmentA)
                // "optional" belongs to the form's label, not to the list's column
                .contains("<label for=\"f-note\">推荐理由（选填）</label>").contains("<th scope=\"col\">推荐理由</th>")
                // on a phone each referral is stacked, its follow-up labelled, not cut off to the right
                .contains("<table class=\"stacked\">").contains("data-label=\"跟进情况\"");
        assertThat(page(officerA, "")).doesNotContain("推荐已提交。");
        assertThat(page(officerA, "?lang=en")).contains("Referrals").contains("Refer a firm for " + departmentA)
                .contains("Waiting for the firm&#39;s claim or its approval").contains("lang=\"en\"");
    }

    @Test
    void invalidInputIsShownInlineAndInTheSummaryAndNothingIsStored() {
        String page = post(officerA, form("91520113ABC", " ", "备".repeat(1001))).expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(page).contains("存在以下问题")
                .contains("href=\"#f-uscc\"").contains("id=\"f-uscc-error\"").contains("value=\"91520113ABC\"")
                .contains("href=\"#f-firmName\"").contains("id=\"f-firmName-error\"").contains("企业名称：此项为必填项")
                .contains("href=\"#f-note\"").contains("id=\"f-note-error\"").contains("不能超过 1000 个字符")
                .contains("aria-invalid=\"true\"");
        String english = web.mutateWith(officerA.session()).mutateWith(csrf()).post().uri("/referrals?lang=en")
                .body(BodyInserters.fromFormData(form("91520113ABC", " ", "备".repeat(1001)))).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(english).contains("Firm name: This field is required")
                .contains("Why you refer the firm (optional): Must be at most 1000 characters");
        assertThat(service.enterpriseIdsReferredBy(departmentA).collectList().block(TIMEOUT)).isEmpty();
    }

    @Test
    void aSecondReferralOfTheSameFirmSaysSoAndChangesNothing() {
        String uscc = TestFirms.newUscc();
        post(officerA, form(uscc, "页面重复推荐公司", "")).expectStatus().isSeeOther();

        String page = post(officerA, form(uscc, "页面重复推荐公司", "再次推荐")).expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(page).contains("存在以下问题").contains(departmentA + "已推荐过统一社会信用代码为 " + uscc)
                .contains("再次推荐");
        assertThat(service.enterpriseIdsReferredBy(departmentA).collectList().block(TIMEOUT)).hasSize(1);
    }

    @Test
    void theFormsDepartmentFieldIsIgnored() {
        MultiValueMap<String, String> form = form(TestFirms.newUscc(), "页面部门冒用公司", "");
        form.add("department", departmentB);

        post(officerA, form).expectStatus().isSeeOther();

        assertThat(service.enterpriseIdsReferredBy(departmentA).collectList().block(TIMEOUT)).hasSize(1);
        assertThat(service.enterpriseIdsReferredBy(departmentB).collectList().block(TIMEOUT)).isEmpty();
    }

    @Test
    void reviewersFilterByDepartmentAndOfficersSeeOnlyTheirOwn() {
        String ofA = TestFirms.newUscc();
        String ofB = TestFirms.newUscc();
        post(officerA, form(ofA, "甲部门页面推荐", "")).expectStatus().isSeeOther();
        post(officerB, form(ofB, "乙部门页面推荐", "")).expectStatus().isSeeOther();
        String firmOfA = enterprises.withCode(UnifiedSocialCreditCode.of(ofA), null).block(TIMEOUT).id();

        String all = page(reviewer, "");
        assertThat(all).contains("各部门的推荐").contains("<label for=\"f-department\"")
                .contains("<option value=\"" + departmentA + "\"").contains("<option value=\"" + departmentB + "\"")
                .doesNotContain("name=\"firmName\"");
        String filtered = page(reviewer, "?department=" + departmentA);
        assertThat(filtered).contains(ofA).doesNotContain(ofB).contains("href=\"/firms/" + firmOfA + "\"")
                .contains("<option value=\"" + departmentA + "\" selected=\"selected\"");

        assertThat(page(officerB, "")).contains(ofB).doesNotContain(ofA).doesNotContain("甲部门页面推荐");
        web.mutateWith(officerB.session()).get().uri("/referrals?department=" + departmentA).exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void firmUsersAndReviewersHaveNoReferralForm() {
        Principals firmUser = Principals.firmUser("firm");
        web.mutateWith(firmUser.session()).get().uri("/referrals").exchange().expectStatus().isForbidden();
        post(firmUser, form(TestFirms.newUscc(), "越权公司", "")).expectStatus().isForbidden();
        post(reviewer, form(TestFirms.newUscc(), "越权公司", "")).expectStatus().isForbidden();
    }

    private static MultiValueMap<String, String> form(String uscc, String firmName, String note) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("uscc", uscc);
        form.add("firmName", firmName);
        form.add("note", note);
        return form;
    }

    private String page(Principals who, String query) {
        return web.mutateWith(who.session()).get().uri("/referrals" + query).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec post(Principals who, MultiValueMap<String, String> form) {
        return web.mutateWith(who.session()).mutateWith(csrf()).post().uri("/referrals")
                .body(BodyInserters.fromFormData(form)).exchange();
    }
}
