package cn.baiyun.hte.filing.evidence;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import cn.baiyun.hte.filing.FilingService;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFirms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/** The documents page: a plain form post uploads and comes back with a message, or with inline errors. */
@PortalIntegrationTest
class EvidencePagesTest {

    @Autowired
    WebTestClient web;
    @Autowired
    TestFirms firms;
    @Autowired
    FilingService filings;
    @Autowired
    Clock clock;

    Principals member;
    String firm;
    int year;

    @BeforeEach
    void firmWithADraftFiling() {
        member = Principals.firmUser("page-uploader");
        firm = firms.approvedFirm(member, "页面材料公司");
        year = LocalDate.now(clock).getYear() - 1;
        filings.create(member.user(), firm, year).block(Duration.ofSeconds(30));
    }

    @Test
    void uploadRedirectsBackAndTheListShowsTheDocument() {
        UploadRequest.file("年度审计报告.pdf", TestFiles.pdf(2000)).forFiling("RD_AUDIT_REPORT", year)
                .postTo(page().mutateWith(csrf()).post().uri("/firms/{id}/documents", firm))
                .exchange()
                .expectStatus().isSeeOther()
                .expectHeader().valueEquals("Location", "/firms/" + firm + "/documents?uploaded");

        String html = page().get().uri("/firms/{id}/documents?uploaded", firm).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(html).contains("材料已上传", "年度审计报告.pdf", "研发费用专项审计报告", "<progress", "aria-live=\"polite\"",
                "/documents/", "/delete");
    }

    @Test
    void aRenamedExecutableComesBackAsAnInlineErrorInEnglish() {
        String html = UploadRequest.file("setup.pdf", TestFiles.windowsExecutable()).forFiling("OTHER", year)
                .postTo(page().mutateWith(csrf()).post().uri("/firms/{id}/documents?lang=en", firm))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(html).contains("error-summary", "f-file-error", "its content says it is not");
    }

    private WebTestClient page() {
        return web.mutateWith(member.session());
    }
}
