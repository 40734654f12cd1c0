package cn.baiyun.hte.platform.web;

import cn.baiyun.hte.enterprise.Enterprise;
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

/**
 * Pages read their forms and parameters as strictly as the API reads its bodies: a control character
 * or an implausible date is shown inline next to its field, in the reader's language, and nothing is
 * stored; where a page has no form to show it on, the answer is a 400 page, never a 500.
 */
@PortalIntegrationTest
class StrictFormInputTest {

    @Autowired
    WebTestClient web;
    @Autowired
    TestFirms firms;

    Principals member;
    String firm;

    @BeforeEach
    void aFirmWithAMember() {
        member = Principals.firmUser("strict-form-member");
        firm = firms.approvedFirm(member, "表单严格读取公司");
    }

    @Test
    void controlCharactersAndAnImplausibleDateAreShownNextToTheirFieldsAndNothingIsStored() {
        Enterprise before = firms.stored(firm);
        MultiValueMap<String, String> form = profileForm("表单\u0000公司");
        form.add("registrationDate", "0000-01-01");
        form.add("address", "白云区\uFFFF大道");
        form.add("contacts[0].name", "王\u001B工");

        String page = postProfile("", form).expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        assertThat(page).contains("存在以下问题")
                .contains("href=\"#f-name\"").contains("企业名称：请删除其中的控制字符")
                .contains("href=\"#f-address\"")
                .contains("href=\"#f-contacts-0-name\"")
                .contains("注册成立日期：请输入 1900-01-01 至 2100-12-31 之间的日期");
        assertThat(firms.stored(firm)).isEqualTo(before);

        form.set("name", "表单公司");
        form.set("address", "白云区大道");
        form.set("contacts[0].name", "王工");
        form.set("registrationDate", "2019-06-30");
        postProfile("?lang=en", form).expectStatus().isSeeOther();
        assertThat(firms.stored(firm).profile().name()).isEqualTo("表单公司");
    }

    @Test
    void inEnglishTheFieldSaysItInEnglish() {
        String page = postProfile("?lang=en", profileForm("Form\u007FFirm"))
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        assertThat(page).contains("Remove the control characters");
    }

    @Test
    void aControlCharacterInAPageParameterIsA400PageNotAServerError() {
        for (String value : new String[] {"%00", "%0D%0AForged", "%1B"}) {
            String page = web.mutateWith(Principals.reviewer().session()).get()
                    .uri(java.net.URI.create("/reviewer/firms?namePrefix=" + value))
                    .accept(MediaType.TEXT_HTML).exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                    .expectBody(String.class).returnResult().getResponseBody();
            assertThat(page).contains("lang=\"zh-CN\"");
        }
        web.mutateWith(Principals.reviewer().session()).get().uri("/reviewer/firms?namePrefix=表单")
                .accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk().expectBody(String.class).value(page -> assertThat(page).contains("表单严格读取公司"));
    }

    /** The claim form is multipart, read by no binder: the claim checks the name itself, before anything is stored. */
    @Test
    void aClaimedNameWithAControlCharacterIsShownOnTheClaimForm() {
        Principals claimant = Principals.firmUser("strict-claim-page");
        var claim = new MultipartBodyBuilder();
        claim.part("uscc", TestFirms.newUscc());
        claim.part("name", "认领\u001B公司");

        String page = web.mutateWith(claimant.session()).mutateWith(csrf()).post().uri("/firms/claim")
                .body(BodyInserters.fromMultipartData(claim.build())).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        assertThat(page).contains("href=\"#f-name\"").contains("请删除其中的控制字符");
        web.mutateWith(claimant.bearer()).get().uri("/api/v1/claims/mine").exchange()
                .expectStatus().isOk().expectBody().json("[]");
    }

    @Test
    void aFormOverTheSizeLimitIsA413PageNotAServerError() {
        String page = web.mutateWith(member.session()).mutateWith(csrf()).post().uri("/firms/{id}/edit", firm)
                .accept(MediaType.TEXT_HTML)
                .body(BodyInserters.fromFormData("name", "大".repeat(300 * 1024))).exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(page).contains("lang=\"zh-CN\"");
    }

    /** The firm profile form's required fields, with the stored version and the given name. */
    private MultiValueMap<String, String> profileForm(String name) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("version", String.valueOf(firms.stored(firm).version()));
        form.add("name", name);
        form.add("lifecycleStage", "REGISTERED_FIRM");
        return form;
    }

    /** The member posts the profile form; {@code query} is added to the address (e.g. {@code ?lang=en}). */
    private WebTestClient.ResponseSpec postProfile(String query, MultiValueMap<String, String> form) {
        return web.mutateWith(member.session()).mutateWith(csrf()).post().uri("/firms/{id}/edit" + query, firm)
                .body(BodyInserters.fromFormData(form)).exchange();
    }

    @Test
    void aModelAttributeFormWithAControlCharacterIsRefusedNotStored() {
        String claim = firms.pendingClaim(Principals.firmUser("strict-claimant"), TestFirms.newUscc(), "认领严格公司").id();

        web.mutateWith(Principals.reviewer().session()).mutateWith(csrf()).post()
                .uri("/reviewer/claims/{id}/rejection", claim)
                .body(BodyInserters.fromFormData("reason", "材料\u0000不全")).exchange()
                .expectStatus().isBadRequest();
        web.mutateWith(Principals.reviewer().bearer()).get().uri("/api/v1/claims/pending").exchange()
                .expectStatus().isOk().expectBody(String.class).value(pending -> assertThat(pending).contains(claim));
    }
}
