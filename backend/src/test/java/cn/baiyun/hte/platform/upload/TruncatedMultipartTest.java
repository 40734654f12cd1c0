package cn.baiyun.hte.platform.upload;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFilings;
import cn.baiyun.hte.support.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * An upload form whose body ends before its closing boundary (a client that gave up, a proxy that cut it) is the
 * client's malformed request: 400 problem+json on the API, a 400 page on the site, never a server error, and no
 * ERROR in the log. Nothing of it is stored.
 */
@PortalIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class TruncatedMultipartTest {

    private static final MediaType FORM = MediaType.parseMediaType("multipart/form-data; boundary=cut");

    @Autowired
    WebTestClient web;
    @Autowired
    TestFilings drafts;

    Principals member;
    String firm;
    int year;

    @BeforeEach
    void firmWithADraftFiling() {
        TestFilings.Draft draft = drafts.draft("cut-uploader", "截断上传公司");
        member = draft.member();
        firm = draft.firm();
        year = draft.year();
    }

    @Test
    void theApiAnswers400ProblemJson(CapturedOutput output) {
        web.mutateWith(member.bearer()).post().uri("/api/v1/enterprises/{id}/documents", firm)
                .contentType(FORM).bodyValue(cutShort())
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:hte:problem:malformed-request");

        web.mutateWith(member.bearer()).get().uri("/api/v1/enterprises/{id}/documents", firm).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items.length()").isEqualTo(0);
        assertThat(output.getOut() + output.getErr()).doesNotContain(" ERROR ", "Could not find end of body");
    }

    @Test
    void thePageAnswers400(CapturedOutput output) {
        String html = web.mutateWith(member.session()).mutateWith(csrf()).post().uri("/firms/{id}/documents", firm)
                .accept(MediaType.TEXT_HTML).contentType(FORM).bodyValue(cutShort())
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(html).contains("<html", "请求无法处理");
        assertThat(output.getOut() + output.getErr()).doesNotContain(" ERROR ", "Could not find end of body");
    }

    /** The fields and a whole valid PDF, then the end of the body where the closing boundary belongs. */
    private byte[] cutShort() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--cut\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nOTHER\r\n"
                + "--cut\r\nContent-Disposition: form-data; name=\"fiscalYear\"\r\n\r\n" + year + "\r\n"
                + "--cut\r\nContent-Disposition: form-data; name=\"file\"; filename=\"report.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(TestFiles.pdf(20_000));
        return body.toByteArray();
    }
}
