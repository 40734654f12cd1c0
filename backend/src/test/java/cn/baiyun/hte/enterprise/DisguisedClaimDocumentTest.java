package cn.baiyun.hte.enterprise;

import java.time.Duration;
import java.util.List;

import cn.baiyun.hte.support.DisguisedFiles;
import cn.baiyun.hte.support.DisguisedFiles.Disguised;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFiles;
import cn.baiyun.hte.support.TestFirms;
import cn.baiyun.hte.support.UploadRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * A claim's document disguised as something it is not, or carrying something to run, is refused on the
 * claim page and on the API alike and leaves no file behind; a real licence under a misleading name is
 * kept under the name of what it is, which the reviewer downloads.
 */
@PortalIntegrationTest
class DisguisedClaimDocumentTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String FILES = ClaimDocuments.BUCKET + ".files";
    private static final String CHUNKS = ClaimDocuments.BUCKET + ".chunks";
    private static final List<Disguised> DISGUISED = DisguisedFiles.all(1024L * 1024 * 1024);

    @Autowired
    WebTestClient web;
    @Autowired
    TestFirms firms;
    @Autowired
    ReactiveMongoTemplate mongo;

    static List<Disguised> disguised() {
        return DISGUISED;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("disguised")
    void theClaimPageShowsWhyInlineAndNeitherClaimNorFileIsKept(Disguised file) {
        Principals claimant = Principals.firmUser("page-disguiser");
        String uscc = TestFirms.newUscc();
        long files = count(FILES);

        String html = UploadRequest.file(file.filename(), file.content()).inPart("document")
                .field("uscc", uscc).field("name", "伪装执照测试有限公司").field("documentKind", "BUSINESS_LICENCE")
                .postTo(web.mutateWith(claimant.session()).mutateWith(csrf()).post().uri("/firms/claim"))
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(html).contains("error-summary", "id=\"f-document-error\"",
                file.code().equals(DisguisedFiles.NOT_THE_TYPE) ? "该文件的内容不符合" : "不能接收");
        assertThat(mine(claimant)).noneMatch(c -> c.uscc().equals(uscc));
        assertThat(count(FILES)).isEqualTo(files);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("disguised")
    void theApiRefusesItAndKeepsNoFile(Disguised file) {
        Principals claimant = Principals.firmUser("api-disguiser");
        Membership claim = firms.pendingClaim(claimant, TestFirms.newUscc(), "接口伪装测试有限公司");
        long files = count(FILES);
        long chunks = count(CHUNKS);

        attach(claimant, claim.id(), UploadRequest.file(file.filename(), file.content()))
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("document")
                .jsonPath("$.errors[0].code").isEqualTo(file.code());

        assertThat(count(FILES)).isEqualTo(files);
        assertThat(count(CHUNKS)).isEqualTo(chunks);
        assertThat(mine(claimant)).filteredOn(c -> c.id().equals(claim.id())).singleElement()
                .satisfies(c -> assertThat(c.document()).isNull());
    }

    @Test
    void aRealLicenceNamedBatIsKeptAndDownloadedByTheReviewerAsPdf() {
        Principals claimant = Principals.firmUser("bat-namer");
        Membership claim = firms.pendingClaim(claimant, TestFirms.newUscc(), "改名执照测试有限公司");

        ClaimResource attached = attach(claimant, claim.id(), UploadRequest.file("审计报告.bat", TestFiles.pdf(800)))
                .expectStatus().isOk()
                .expectBody(ClaimResource.class).returnResult().getResponseBody();
        assertThat(attached.document().originalName()).isEqualTo("审计报告.pdf");

        String disposition = web.mutateWith(Principals.reviewer().session()).get()
                .uri("/claims/{id}/document", claim.id()).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_PDF)
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .returnResult(byte[].class).getResponseHeaders().getFirst("Content-Disposition");
        assertThat(disposition).startsWith("attachment;");
        assertThat(ContentDisposition.parse(disposition).getFilename()).isEqualTo("审计报告.pdf");
    }

    private WebTestClient.ResponseSpec attach(Principals who, String claimId, UploadRequest file) {
        return file.inPart("document").field("documentKind", "BUSINESS_LICENCE")
                .postTo(web.mutateWith(who.bearer()).put().uri("/api/v1/claims/{id}/document", claimId)).exchange();
    }

    private List<ClaimResource> mine(Principals who) {
        return web.mutateWith(who.bearer()).get().uri("/api/v1/claims/mine").exchange()
                .expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<List<ClaimResource>>() { }).returnResult().getResponseBody();
    }

    private long count(String collection) {
        return mongo.getCollection(collection).flatMap(c -> Mono.from(c.countDocuments())).block(TIMEOUT);
    }
}
