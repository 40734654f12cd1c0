package cn.baiyun.hte.enterprise;

import java.util.Arrays;
import java.util.List;

import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFiles;
import cn.baiyun.hte.support.TestFirms;
import cn.baiyun.hte.support.UploadRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.HttpEntity;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * A claim that carries the business licence or an authorisation letter, on the claim page and on the API,
 * under the rules of every upload; and the reviewer's queue, which flags a firm that has members already
 * and a claimed name that is not the registered one, and opens the claim's document.
 */
@PortalIntegrationTest
class ClaimDocumentsTest {

    @Autowired
    WebTestClient web;
    @Autowired
    TestFirms firms;

    final Principals reviewer = Principals.reviewer();

    @Test
    void aClaimCarriesItsBusinessLicenceWhichTheReviewerOpens() {
        Principals claimant = Principals.firmUser("licence-holder");
        String uscc = TestFirms.newUscc();
        byte[] licence = TestFiles.png();

        claimPage(claimant, UploadRequest.file("营业执照.png", licence).inPart("document")
                .field("uscc", uscc).field("name", "执照测试科技有限公司").field("documentKind", "BUSINESS_LICENCE"))
                .expectStatus().isSeeOther()
                .expectHeader().valueEquals("Location", "/?claimed");

        ClaimResource mine = mine(claimant).stream().filter(c -> c.uscc().equals(uscc)).findFirst().orElseThrow();
        assertThat(mine.document().kind()).isEqualTo(ClaimDocumentKind.BUSINESS_LICENCE);
        assertThat(mine.document().contentType()).isEqualTo("image/png");
        assertThat(mine.checks()).as("what the firm's other members are is the reviewers' to know").isNull();
        String claimPage = page(claimant, "/firms/claim");
        assertThat(claimPage).contains("营业执照：营业执照.png", "/claims/" + mine.id() + "/document");

        String queue = page(reviewer, "/reviewer/claims");
        String card = queue.substring(queue.indexOf("id=\"claim-" + mine.id() + "\""));
        card = card.substring(0, card.indexOf("</article>"));
        assertThat(card).contains("营业执照：营业执照.png", "href=\"/claims/" + mine.id() + "/document\"",
                "该企业尚无已通过认领的成员。", "认领时填写的名称与企业登记名称一致。");
        byte[] opened = web.mutateWith(reviewer.session()).get().uri("/claims/{id}/document", mine.id()).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.IMAGE_PNG)
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(Arrays.equals(opened, licence)).as("the reviewer opens the very file").isTrue();
    }

    @Test
    void aRenamedExecutableIsRefusedInlineAndNeitherAFirmNorAClaimIsMade() {
        Principals claimant = Principals.firmUser("renamer");
        String uscc = TestFirms.newUscc();

        String html = claimPage(claimant, UploadRequest.file("营业执照.pdf", TestFiles.windowsExecutable())
                .inPart("document").field("uscc", uscc).field("name", "改名测试有限公司")
                .field("documentKind", "AUTHORISATION_LETTER"))
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(html).contains("error-summary", "id=\"f-document-error\"", "该文件的内容不符合", uscc, "改名测试有限公司",
                "<option value=\"AUTHORISATION_LETTER\" selected=\"selected\">授权委托书</option>");
        assertThat(mine(claimant)).as("nothing is claimed until the whole claim passes")
                .noneMatch(c -> c.uscc().equals(uscc));
        web.mutateWith(reviewer.bearer()).get()
                .uri(b -> b.path("/api/v1/enterprises").queryParam("uscc", uscc).build()).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.items.length()").isEqualTo(0);
    }

    @Test
    void aKindWithoutAFileIsAMistakeToPointOut() {
        Principals claimant = Principals.firmUser("forgetful");
        String html = web.mutateWith(claimant.session()).mutateWith(csrf()).post().uri("/firms/claim")
                .body(BodyInserters.fromMultipartData(fieldsOnly("uscc", TestFirms.newUscc(), "name", "漏传测试有限公司",
                        "documentKind", "BUSINESS_LICENCE")))
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(html).contains("id=\"f-document-error\"", "请选择要上传的材料文件");
    }

    @Test
    void everyProblemOfTheClaimFormIsShownAtOnceEachNamingItsField() {
        Principals claimant = Principals.firmUser("hasty");
        var form = fieldsOnly("uscc", TestFirms.newUscc(), "name", " ", "documentKind", "DIPLOMA");

        assertThat(claimForm(claimant, "", form)).contains("企业名称：此项为必填项", "认领材料：请从列出的材料类别中选择");
        assertThat(claimForm(claimant, "?lang=en", form))
                .contains("Firm name: This field is required", "Supporting document: Choose one of the listed kinds");
    }

    private String claimForm(Principals who, String query, MultiValueMap<String, HttpEntity<?>> form) {
        return web.mutateWith(who.session()).mutateWith(csrf()).post().uri("/firms/claim" + query)
                .body(BodyInserters.fromMultipartData(form)).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    @Test
    void theQueueFlagsAFirmWithMembersAndANameThatIsNotTheRegisteredOne() {
        Principals member = Principals.firmUser("first-member");
        String firm = firms.approvedFirm(member, "贵阳核对测试科技有限公司");
        String uscc = firms.stored(firm).uscc();
        Principals second = Principals.firmUser("second-claimant");
        Membership claim = firms.pendingClaim(second, uscc, "贵阳核对科技公司");

        String queue = page(reviewer, "/reviewer/claims");
        String card = queue.substring(queue.indexOf("id=\"claim-" + claim.id() + "\""));
        card = card.substring(0, card.indexOf("</article>"));
        assertThat(card).contains("该企业已有 1 名成员通过认领", "认领时填写的名称与企业登记名称不一致。",
                "贵阳核对测试科技有限公司", "贵阳核对科技公司", "未附材料");

        ClaimResource pending = web.mutateWith(reviewer.bearer()).get().uri("/api/v1/claims/pending").exchange()
                .expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<List<ClaimResource>>() { }).returnResult().getResponseBody()
                .stream().filter(c -> c.id().equals(claim.id())).findFirst().orElseThrow();
        assertThat(pending.checks()).isEqualTo(new ClaimChecks(1, false));
    }

    @Test
    void theClaimantAttachesALetterThroughTheApiReplacingTheFirstDocument() {
        Principals claimant = Principals.firmUser("api-claimant");
        Membership claim = firms.pendingClaim(claimant, TestFirms.newUscc(), "接口认领测试有限公司");

        attach(claimant, claim.id(), UploadRequest.file("执照.png", TestFiles.png()), "BUSINESS_LICENCE")
                .expectStatus().isOk();
        ClaimResource attached = attach(claimant, claim.id(), UploadRequest.file("授权书.pdf", TestFiles.pdf(500)),
                "AUTHORISATION_LETTER")
                .expectStatus().isOk()
                .expectBody(ClaimResource.class).returnResult().getResponseBody();

        assertThat(attached.document().kind()).isEqualTo(ClaimDocumentKind.AUTHORISATION_LETTER);
        assertThat(attached.document().originalName()).isEqualTo("授权书.pdf");
        assertThat(attached.document().contentUrl()).isEqualTo("/api/v1/claims/" + claim.id() + "/document/content");
        web.mutateWith(reviewer.bearer()).get().uri(attached.document().contentUrl()).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_PDF)
                .expectHeader().valueEquals("ETag", "\"" + attached.document().sha256() + "\"");

        attach(claimant, claim.id(), UploadRequest.file("setup.pdf", TestFiles.windowsExecutable()), "BUSINESS_LICENCE")
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("document")
                .jsonPath("$.errors[0].code").isEqualTo("document.file.type");
    }

    @Test
    void aDecidedClaimTakesNoNewDocument() {
        Principals claimant = Principals.firmUser("decided");
        String firm = firms.approvedFirm(claimant, "已决认领测试有限公司");
        ClaimResource approved = mine(claimant).stream().filter(c -> c.enterpriseId().equals(firm)).findFirst().orElseThrow();

        attach(claimant, approved.id(), UploadRequest.file("执照.png", TestFiles.png()), "BUSINESS_LICENCE")
                .expectStatus().isEqualTo(409);
    }

    private WebTestClient.ResponseSpec claimPage(Principals who, UploadRequest form) {
        return form.postTo(web.mutateWith(who.session()).mutateWith(csrf()).post().uri("/firms/claim")).exchange();
    }

    private WebTestClient.ResponseSpec attach(Principals who, String claimId, UploadRequest file, String kind) {
        return file.inPart("document").field("documentKind", kind)
                .postTo(web.mutateWith(who.bearer()).put().uri("/api/v1/claims/{id}/document", claimId)).exchange();
    }

    private List<ClaimResource> mine(Principals who) {
        return web.mutateWith(who.bearer()).get().uri("/api/v1/claims/mine").exchange()
                .expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<List<ClaimResource>>() { }).returnResult().getResponseBody();
    }

    private String page(Principals who, String path) {
        return web.mutateWith(who.session()).get().uri(path).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    /** A claim form sent with its file input left empty, as a browser sends it: no file part. */
    private static MultiValueMap<String, HttpEntity<?>> fieldsOnly(String... namesAndValues) {
        var body = new MultipartBodyBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.part(namesAndValues[i], namesAndValues[i + 1]);
        }
        return body.build();
    }
}
