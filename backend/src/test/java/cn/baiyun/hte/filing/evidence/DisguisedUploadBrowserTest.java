package cn.baiyun.hte.filing.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import cn.baiyun.hte.filing.FilingService;
import cn.baiyun.hte.platform.security.PortalRole;
import cn.baiyun.hte.support.DisguisedFiles;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFiles;
import cn.baiyun.hte.support.TestFirms;
import cn.baiyun.hte.support.e2e.EndToEndTest;
import cn.baiyun.hte.support.e2e.PortalBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Disguised uploads in a real browser, through the page's own upload script: a file named
 * {@code 审计报告.bat} that only starts like a PDF comes back as an inline error on its field, and a real
 * PDF under that name is listed and downloaded as {@code 审计报告.pdf}.
 */
@EndToEndTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DisguisedUploadBrowserTest {

    static final Principals FIRM_A = Principals.realmUser("00000000-0000-4000-8000-000000000011", "firm-a",
            PortalRole.ENTERPRISE);
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Autowired
    TestFirms firms;
    @Autowired
    FilingService filings;
    @Autowired
    Clock clock;

    PortalBrowser portal;
    String documentsPage;
    int year;

    @BeforeAll
    void firmAWithADraftFiling() {
        String firm = firms.approvedFirm(FIRM_A, "浏览器伪装上传测试有限公司");
        year = LocalDate.now(clock).getYear() - 1;
        filings.create(FIRM_A.user(), firm, year).block(TIMEOUT);
        documentsPage = "/firms/" + firm + "/documents";
        portal = PortalBrowser.start();
        portal.signIn("firm-a", documentsPage);
    }

    @AfterAll
    void closeBrowser() {
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void aBatchFileThatStartsLikeAPdfIsRefusedOnItsField(@TempDir Path dir) throws IOException {
        portal.open(documentsPage);
        upload(Files.write(dir.resolve("审计报告.bat"), DisguisedFiles.pdfHeaderThenGarbage()));

        portal.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("f-file-error")));
        assertThat(portal.find(By.id("f-file-error")).getText()).contains("该文件的内容不符合");
        assertThat(portal.find(By.cssSelector(".error-summary")).getText()).contains("该文件的内容不符合");
        assertThat(portal.driver().getPageSource()).doesNotContain("审计报告.bat</");
    }

    @Test
    void aRealPdfNamedBatIsListedAndDownloadedAsPdf(@TempDir Path dir) throws IOException {
        byte[] pdf = TestFiles.pdf(2000);
        portal.open(documentsPage);
        upload(Files.write(dir.resolve("审计报告.bat"), pdf));

        portal.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("uploaded"));
        portal.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("table"), "审计报告.pdf"));
        assertThat(portal.find(By.tagName("table")).getText()).doesNotContain("审计报告.bat");

        portal.find(By.xpath("//table//a[contains(@href,'/content')]")).click();
        assertThat(Files.readAllBytes(portal.downloaded("审计报告.pdf"))).isEqualTo(pdf);
    }

    private void upload(Path file) {
        new Select(portal.find(By.id("f-kind"))).selectByValue("RD_AUDIT_REPORT");
        new Select(portal.find(By.id("f-fiscalYear"))).selectByValue(String.valueOf(year));
        portal.find(By.id("f-file")).sendKeys(file.toString());
        portal.find(By.xpath("//form[@id='upload-form']//button[@type='submit']")).click();
    }
}
