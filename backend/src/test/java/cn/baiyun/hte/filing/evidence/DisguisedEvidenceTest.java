package cn.baiyun.hte.filing.evidence;

import java.time.Duration;
import java.util.List;

import cn.baiyun.hte.support.DisguisedFiles;
import cn.baiyun.hte.support.DisguisedFiles.Disguised;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFilings;
import cn.baiyun.hte.support.TestFiles;
import cn.baiyun.hte.support.UploadRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * Evidence documents disguised as something they are not, or carrying something to run, are refused on
 * the API and on the documents page alike, and leave neither a file nor a chunk behind; a real file
 * under a misleading name is kept under the name of what it is.
 */
@PortalIntegrationTest
class DisguisedEvidenceTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final List<Disguised> DISGUISED = DisguisedFiles.all(1024L * 1024 * 1024);

    @Autowired
    WebTestClient web;
    @Autowired
    TestFilings drafts;
    @Autowired
    ReactiveMongoTemplate mongo;

    Principals member;
    String firm;
    int year;

    static List<Disguised> disguised() {
        return DISGUISED;
    }

    @BeforeEach
    void firmWithADraftFiling() {
        TestFilings.Draft draft = drafts.draft("disguiser", "伪装材料测试公司");
        member = draft.member();
        firm = draft.firm();
        year = draft.year();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("disguised")
    void theApiRefusesItAndStoresNothing(Disguised file) {
        long files = count(EvidenceDocument.COLLECTION);
        long chunks = count(EvidenceDocument.CHUNKS);

        UploadRequest.file(file.filename(), file.content()).forFiling("RD_AUDIT_REPORT", year)
                .postTo(web.mutateWith(member.bearer()).post().uri("/api/v1/enterprises/{id}/documents", firm))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("file")
                .jsonPath("$.errors[0].code").isEqualTo(file.code());

        assertThat(count(EvidenceDocument.COLLECTION)).isEqualTo(files);
        assertThat(count(EvidenceDocument.CHUNKS)).isEqualTo(chunks);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("disguised")
    void thePageShowsWhyInlineAndStoresNothing(Disguised file) {
        long files = count(EvidenceDocument.COLLECTION);

        String html = UploadRequest.file(file.filename(), file.content()).forFiling("RD_AUDIT_REPORT", year)
                .postTo(web.mutateWith(member.session()).mutateWith(csrf()).post().uri("/firms/{id}/documents", firm))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(html).contains("error-summary", "f-file-error",
                file.code().equals(DisguisedFiles.NOT_THE_TYPE) ? "该文件的内容不符合" : "不能接收");
        assertThat(count(EvidenceDocument.COLLECTION)).isEqualTo(files);
    }

    @Test
    void aRealPdfNamedBatIsKeptAndDownloadedByTheReviewerAsPdf() {
        DocumentResource stored = UploadRequest.file("审计报告.bat", TestFiles.pdf(1000)).forFiling("RD_AUDIT_REPORT", year)
                .postTo(web.mutateWith(member.bearer()).post().uri("/api/v1/enterprises/{id}/documents", firm))
                .exchange()
                .expectStatus().isCreated()
                .expectBody(DocumentResource.class).returnResult().getResponseBody();
        assertThat(stored.originalName()).isEqualTo("审计报告.pdf");
        assertThat(stored.contentType()).isEqualTo(MediaType.APPLICATION_PDF_VALUE);

        String disposition = web.mutateWith(Principals.reviewer().session()).get()
                .uri("/firms/{firm}/documents/{id}/content", firm, stored.id()).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_PDF)
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .returnResult(byte[].class).getResponseHeaders().getFirst("Content-Disposition");
        assertThat(disposition).startsWith("attachment;");
        assertThat(ContentDisposition.parse(disposition).getFilename()).isEqualTo("审计报告.pdf");
        assertThat(web.mutateWith(member.session()).get().uri("/firms/{id}/documents", firm).exchange()
                .expectBody(String.class).returnResult().getResponseBody())
                .contains("审计报告.pdf").doesNotContain("审计报告.bat");
    }

    private long count(String collection) {
        return mongo.getCollection(collection).flatMap(c -> Mono.from(c.countDocuments())).block(TIMEOUT);
    }
}
