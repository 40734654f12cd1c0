package cn.baiyun.hte.filing.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import cn.baiyun.hte.filing.FilingService;
import cn.baiyun.hte.filing.FirmADraftInBrowser;
import cn.baiyun.hte.support.DisguisedFiles;
import cn.baiyun.hte.support.TestFirms;
import cn.baiyun.hte.support.e2e.EndToEndTest;
import cn.baiyun.hte.support.e2e.PortalBrowser;
import cn.baiyun.hte.support.TestFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The upload form's script in a real browser: it shows the upload's progress on the status line, says
 * so in words when the upload cannot reach the portal, and raises no script error on the way; a file named
 * {@code 审计报告.bat} that only starts like a PDF comes back as an inline error on its field, and a real PDF
 * under that name is listed and downloaded as {@code 审计报告.pdf}. What the
 * page's script does is watched through a hook put into the page before the upload: it notes every
 * uncaught error and every text of the status line in the tab's session storage, which survives the
 * script's navigation to the list once the file is stored.
 */
@EndToEndTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceUploadBrowserTest {

    static final String WATCH = """
            sessionStorage.setItem('errors', '');
            sessionStorage.setItem('statuses', '');
            window.addEventListener('error', function (e) {
              sessionStorage.setItem('errors', sessionStorage.getItem('errors') + e.message + '\\n');
            });
            var status = document.getElementById('upload-status');
            new MutationObserver(function () {
              var progress = document.querySelector('.upload-progress');
              sessionStorage.setItem('statuses', sessionStorage.getItem('statuses') + status.textContent
                  + (progress && !progress.hidden ? ' [progress shown]' : '') + '\\n');
            }).observe(status, {childList: true, characterData: true, subtree: true});
            """;

    @Autowired
    TestFirms firms;
    @Autowired
    FilingService filings;
    @Autowired
    Clock clock;

    FirmADraftInBrowser draft;
    PortalBrowser portal;
    JavascriptExecutor script;
    String documentsPage;
    int year;

    @BeforeAll
    void firmAWithADraftFiling() {
        year = LocalDate.now(clock).getYear() - 1;
        draft = FirmADraftInBrowser.start(firms, filings, "浏览器上传测试有限公司", year);
        portal = draft.portal();
        documentsPage = draft.page("documents");
        script = (JavascriptExecutor) portal.driver();
        portal.signIn("firm-a", documentsPage);
    }

    @AfterAll
    void closeBrowser() {
        if (draft != null) {
            draft.close();
        }
    }

    @Test
    void theUploadShowsItsProgressOnTheStatusLineWithoutAScriptError(@TempDir Path dir) throws IOException {
        portal.open(documentsPage);
        script.executeScript(WATCH);
        chooseFile("FINANCIAL_STATEMENTS", Files.write(dir.resolve("审计报告.pdf"), TestFiles.pdf(400_000)));
        portal.find(By.xpath("//form[@id='upload-form']//button[@type='submit']")).click();

        portal.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("uploaded"));
        portal.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("table"), "审计报告.pdf"));
        assertThat(stored("statuses")).as("what the status line said while the file was sent")
                .contains("正在上传…… 0% [progress shown]")
                .containsPattern("正在上传…… \\d+% \\[progress shown]");
        assertThat(stored("errors")).as("script errors during the upload").isEmpty();
    }

    @Test
    void anUploadThatCannotReachThePortalSaysSoInWords(@TempDir Path dir) throws IOException {
        portal.open(documentsPage);
        script.executeScript(WATCH);
        // The network fails the request, as a dropped connection would.
        script.executeScript("XMLHttpRequest.prototype.send = function () { var xhr = this;"
                + " setTimeout(function () { xhr.dispatchEvent(new ProgressEvent('error')); }, 50); };");
        chooseFile("FINANCIAL_STATEMENTS", Files.write(dir.resolve("财务报表.pdf"), TestFiles.pdf(1000)));
        portal.find(By.xpath("//form[@id='upload-form']//button[@type='submit']")).click();

        portal.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.id("upload-status"),
                "上传未能到达平台，请检查网络后重试。"));
        assertThat(portal.find(By.xpath("//form[@id='upload-form']//button[@type='submit']")).isEnabled())
                .as("the reader can try again").isTrue();
        assertThat(stored("errors")).as("script errors").isEmpty();
    }

    @Test
    void onANarrowScreenTheListScrollsInItsOwnBoxNotThePage(@TempDir Path dir) throws IOException {
        portal.open(documentsPage);
        chooseFile("FINANCIAL_STATEMENTS", Files.write(dir.resolve("一份名字相当长的高新技术产品收入专项审计报告.pdf"),
                TestFiles.pdf(1000)));
        portal.find(By.xpath("//form[@id='upload-form']//button[@type='submit']")).click();
        portal.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("uploaded"));
        Dimension wide = portal.driver().manage().window().getSize();
        try {
            portal.driver().manage().window().setSize(new Dimension(390, 844));
            portal.open(documentsPage);
            long page = (Long) script.executeScript("return document.documentElement.scrollWidth;");
            long viewport = (Long) script.executeScript("return document.documentElement.clientWidth;");
            assertThat(page).as("the page's width at 390 px").isLessThanOrEqualTo(viewport);
            assertThat(script.executeScript("var box = document.querySelector('.table-scroll');"
                    + " return getComputedStyle(box).overflowX + ' ' + (box.getBoundingClientRect().right <= "
                    + "document.documentElement.clientWidth);"))
                    .as("the table's box scrolls and stays within the screen").isEqualTo("auto true");
        } finally {
            portal.driver().manage().window().setSize(wide);
        }
    }

    /** The disguise through the page's own script: the error shows on the field and in the summary. */
    @Test
    void aBatchFileThatStartsLikeAPdfIsRefusedOnItsField(@TempDir Path dir) throws IOException {
        portal.open(documentsPage);
        chooseFile("RD_AUDIT_REPORT", Files.write(dir.resolve("审计报告.bat"), DisguisedFiles.pdfHeaderThenGarbage()));
        portal.find(By.xpath("//form[@id='upload-form']//button[@type='submit']")).click();

        portal.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("f-file-error")));
        assertThat(portal.find(By.id("f-file-error")).getText()).contains("该文件的内容不符合");
        assertThat(portal.find(By.cssSelector(".error-summary")).getText()).contains("该文件的内容不符合");
        assertThat(portal.driver().getPageSource()).doesNotContain("审计报告.bat</");
    }

    /** The download takes the extension of what the file is, whatever the client named it. */
    @Test
    void aRealPdfNamedBatIsListedAndDownloadedAsPdf(@TempDir Path dir) throws IOException {
        byte[] pdf = TestFiles.pdf(2000);
        portal.open(documentsPage);
        chooseFile("RD_AUDIT_REPORT", Files.write(dir.resolve("改名审计报告.bat"), pdf));
        portal.find(By.xpath("//form[@id='upload-form']//button[@type='submit']")).click();

        portal.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("uploaded"));
        portal.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("table"), "改名审计报告.pdf"));
        assertThat(portal.find(By.tagName("table")).getText()).doesNotContain("改名审计报告.bat");

        portal.find(By.xpath("//table//a[contains(@href,'/content')][contains(@aria-label,'改名审计报告.pdf')]")).click();
        assertThat(Files.readAllBytes(portal.downloaded("改名审计报告.pdf"))).isEqualTo(pdf);
    }

    private void chooseFile(String kind, Path file) {
        new Select(portal.find(By.id("f-kind"))).selectByValue(kind);
        new Select(portal.find(By.id("f-fiscalYear"))).selectByValue(String.valueOf(year));
        portal.find(By.id("f-file")).sendKeys(file.toString());
    }

    private String stored(String key) {
        return (String) script.executeScript("return sessionStorage.getItem(arguments[0]);", key);
    }
}
