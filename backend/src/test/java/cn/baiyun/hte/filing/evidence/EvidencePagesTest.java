package cn.baiyun.hte.filing.evidence;

import java.time.Duration;
import java.time.LocalDate;

import cn.baiyun.hte.filing.portfolio.Acquisition;
import cn.baiyun.hte.filing.portfolio.IpAssetDetails;
import cn.baiyun.hte.filing.portfolio.IpStatus;
import cn.baiyun.hte.filing.portfolio.IpType;
import cn.baiyun.hte.filing.portfolio.PortfolioService;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFilings;
import cn.baiyun.hte.support.TestFiles;
import cn.baiyun.hte.support.UploadRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * The documents page: a plain form post uploads and comes back with a message, or with inline errors;
 * IP assets are chosen and shown by their titles; a delete is confirmed on a page of its own.
 */
@PortalIntegrationTest
class EvidencePagesTest {

    @Autowired
    WebTestClient web;
    @Autowired
    TestFilings drafts;
    @Autowired
    PortfolioService portfolio;
    @Autowired
    EvidenceService documents;

    Principals member;
    String firm;
    int year;

    @BeforeEach
    void firmWithADraftFiling() {
        TestFilings.Draft draft = drafts.draft("page-uploader", "页面材料公司");
        member = draft.member();
        firm = draft.firm();
        year = draft.year();
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
                "/documents/", "/delete", "class=\"table-scroll\"");
    }

    @Test
    void anIpAssetIsChosenByItsTitleAndItsDocumentsNameItNeverItsId() {
        String patent = portfolio.addIpAsset(member.user(), firm, new IpAssetDetails(IpType.INVENTION_PATENT,
                "ZL202310000007.1", "一种材料分拣装置", IpStatus.GRANTED, LocalDate.of(year - 1, 3, 1),
                LocalDate.of(year, 2, 1), null, Acquisition.SELF_DEVELOPED, true, false, true))
                .block(Duration.ofSeconds(30)).id();

        String form = page().get().uri("/firms/{id}/documents", firm).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(form).contains("<option value=\"" + patent + "\">一种材料分拣装置（ZL202310000007.1）</option>");

        UploadRequest.file("专利证书.pdf", TestFiles.pdf(300)).forIpAsset("IP_CERTIFICATE", patent)
                .postTo(page().mutateWith(csrf()).post().uri("/firms/{id}/documents", firm))
                .exchange()
                .expectStatus().isSeeOther();
        String stored = documents.list(member.user(), firm, new DocumentSearch(null, patent, null, null, null))
                .block(Duration.ofSeconds(30)).items().get(0).metadata().sha256();

        String list = page().get().uri("/firms/{id}/documents", firm).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        String table = list.substring(list.indexOf("<table"), list.indexOf("</table>"));
        assertThat(table).contains("专利证书.pdf", "知识产权：一种材料分拣装置（ZL202310000007.1）");
        assertThat(textOf(table.replaceAll("(?s)<details.*?</details>", "")))
                .as("the text of the list outside the files' details (whose SHA-256 is hexadecimal too)")
                .doesNotContain(patent).doesNotContain("IP_CERTIFICATE").doesNotContainPattern("[0-9a-f]{24}");
        assertThat(table.substring(table.indexOf("<details"), table.indexOf("</details>")))
                .as("the whole SHA-256, in the file's details rather than a column of its own")
                .contains(stored, "PDF");
        assertThat(table).doesNotContain("<th scope=\"col\">SHA-256</th>");
    }

    @Test
    void aDeleteIsConfirmedOnItsOwnPageFirst() {
        UploadRequest.file("草稿附件.pdf", TestFiles.pdf(200)).forFiling("OTHER", year)
                .postTo(page().mutateWith(csrf()).post().uri("/firms/{id}/documents", firm))
                .exchange().expectStatus().isSeeOther();
        String document = documents.list(member.user(), firm, new DocumentSearch(year, null, null, null, null))
                .block(Duration.ofSeconds(30)).items().get(0).id();
        String list = page().get().uri("/firms/{id}/documents", firm).exchange()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(list).as("the list links to the confirmation; it has no delete button of its own")
                .contains("href=\"/firms/" + firm + "/documents/" + document + "/delete\"")
                .doesNotContain("action=\"/firms/" + firm + "/documents/" + document + "/delete");

        String confirm = page().get().uri("/firms/{id}/documents/{d}/delete", firm, document).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(confirm).contains("确定删除此材料？", "草稿附件.pdf", year + " 年度填报",
                "action=\"/firms/" + firm + "/documents/" + document + "/delete\"");

        page().mutateWith(csrf()).post().uri("/firms/{id}/documents/{d}/delete", firm, document).exchange()
                .expectStatus().isSeeOther()
                .expectHeader().valueEquals("Location", "/firms/" + firm + "/documents?deleted");
        page().get().uri("/firms/{id}/documents/{d}/delete", firm, document).exchange().expectStatus().isNotFound();
    }

    /** The text a reader sees: the markup without its tags. */
    private static String textOf(String html) {
        return html.replaceAll("<[^>]*>", " ");
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

    @Test
    void everyProblemOfTheFormIsShownAtOnceEachNamingItsField() {
        UploadRequest upload = UploadRequest.file("", new byte[0]).field("kind", "NO_SUCH_KIND")
                .field("fiscalYear", year - 5);

        String chinese = upload.postTo(page().mutateWith(csrf()).post().uri("/firms/{id}/documents", firm))
                .exchange().expectStatus().isBadRequest().expectBody(String.class).returnResult().getResponseBody();
        // The filing year is looked up although the rest of the form is wrong: its problem comes with theirs.
        assertThat(chinese).contains("文件：请选择要上传的文件", "材料类别：请从列出的材料类别中选择",
                "所属年度填报（会计年度）：" + (year - 5) + " 年度尚无年度填报");
        String english = upload.postTo(page().mutateWith(csrf()).post().uri("/firms/{id}/documents?lang=en", firm))
                .exchange().expectStatus().isBadRequest().expectBody(String.class).returnResult().getResponseBody();
        assertThat(english).contains("File: Choose a file to upload", "Kind of document: Choose one of the listed kinds",
                "Filing (fiscal year): There is no filing for " + (year - 5));
    }

    private WebTestClient page() {
        return web.mutateWith(member.session());
    }
}
