package cn.baiyun.hte.filing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import cn.baiyun.hte.platform.security.PortalRole;
import cn.baiyun.hte.platform.web.IfMatch;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFirms;
import cn.baiyun.hte.support.e2e.EndToEndPorts;
import cn.baiyun.hte.support.e2e.EndToEndTest;
import cn.baiyun.hte.support.e2e.PortalBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A year's filing through its review in a real browser, signed in through the real Keycloak: the firm
 * completes its financials, uploads the audit report and submits; the reviewer returns the financials
 * with a comment; the firm sees the comment, corrects the section and submits again; the reviewer
 * accepts.
 */
@EndToEndTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FilingJourneyBrowserTest {

    static final Principals FIRM_A = Principals.realmUser("00000000-0000-4000-8000-000000000011", "firm-a",
            PortalRole.ENTERPRISE);
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final int YEAR = FilingApiTest.YEAR;

    @Autowired
    TestFirms firms;
    @Autowired
    FilingService filings;

    PortalBrowser portal;
    String firm;
    String base;

    /** Firm A's filing with everything but its total revenue filled in. */
    @BeforeAll
    void firmAWithAnAlmostCompleteFiling() {
        firm = firms.approvedFirm(FIRM_A, "浏览器填报测试有限公司");
        Filing filing = filings.create(FIRM_A.user(), firm, YEAR).block(TIMEOUT);
        Financials withoutTotal = FilingFixtures.financials();
        withoutTotal = new Financials(withoutTotal.mainBusinessRevenue(), withoutTotal.otherBusinessRevenue(), null,
                withoutTotal.nonTaxableIncome(), withoutTotal.highTechRevenue(), withoutTotal.netAssets(),
                withoutTotal.totalAssets(), withoutTotal.totalCostAndExpense(), withoutTotal.monthsOperated());
        filing = save(filing, FilingSection.FINANCIALS, withoutTotal);
        filing = save(filing, FilingSection.RD_SPEND, FilingFixtures.rdSpend());
        filing = save(filing, FilingSection.STAFF, FilingFixtures.annualStaff());
        filing = save(filing, FilingSection.INCIDENTS, FilingFixtures.noIncidents());
        save(filing, FilingSection.SELF_ASSESSMENT, FilingFixtures.selfAssessment());
        base = "/firms/" + firm + "/filings/" + YEAR;
        portal = PortalBrowser.start();
    }

    @AfterAll
    void closeBrowser() {
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void firmFilesReviewerReturnsFirmCorrectsReviewerAccepts(@TempDir Path dir) throws IOException {
        portal.signIn("firm-a", base);
        assertThat(portal.driver().getPageSource()).contains("进行中");
        enterTotalRevenue("30,500,000.55");
        uploadAuditReport(dir);
        submit();
        portal.signOut();

        portal.signIn("reviewer", "/reviewer/filings/" + firm + "/" + YEAR);
        portal.find(By.id("f-comments-FINANCIALS")).sendKeys("收入总额请按审计报告口径填写。");
        portal.find(By.xpath("//form[contains(@action,'/return')]//button[@type='submit']")).click();
        portal.awaitText("已退回企业修改。");
        portal.signOut();

        portal.signIn("firm-a", base);
        assertThat(portal.find(By.className("returned-comment")).getText()).contains("收入总额请按审计报告口径填写。");
        portal.open(base + "/rd-spend");
        assertThat(portal.driver().findElements(By.cssSelector("main form[method=post] button[type=submit]")))
                .as("a section the reviewer did not return cannot be saved").isEmpty();
        enterTotalRevenue("30,600,000");
        submit();
        portal.signOut();

        portal.signIn("reviewer", "/reviewer/filings/" + firm + "/" + YEAR);
        portal.find(By.xpath("//form[contains(@action,'/acceptance')]//button[@type='submit']")).click();
        portal.awaitText("已通过审核。");
        portal.signOut();

        Filing accepted = filings.find(FIRM_A.user(), firm, YEAR).block(TIMEOUT);
        assertThat(accepted.status()).isEqualTo(FilingStatus.ACCEPTED);
        assertThat(accepted.content().financials().totalRevenue()).isEqualByComparingTo("30600000");
    }

    private void enterTotalRevenue(String typed) {
        portal.open(base + "/financials");
        WebElement total = portal.find(By.id("f-financials-totalRevenue"));
        total.clear();
        total.sendKeys(typed);
        portal.find(By.xpath("//main//form//button[@type='submit']")).click();
        portal.awaitText("已保存。");
    }

    /** Through the page's script, which shows the upload's progress, then lists the document. */
    private void uploadAuditReport(Path dir) throws IOException {
        Path report = Files.writeString(dir.resolve("研发费用专项审计报告.pdf"),
                "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        portal.open("/firms/" + firm + "/documents");
        new Select(portal.find(By.id("f-kind"))).selectByValue("RD_AUDIT_REPORT");
        new Select(portal.find(By.id("f-fiscalYear"))).selectByValue(String.valueOf(YEAR));
        portal.find(By.id("f-file")).sendKeys(report.toString());
        portal.find(By.xpath("//form[@id='upload-form']//button[@type='submit']")).click();
        // The page's script goes to the documents page once the upload is stored: wait for that navigation.
        portal.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("uploaded"));
        portal.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("table"), "研发费用专项审计报告.pdf"));
    }

    private void submit() {
        portal.open(base + "/check");
        // Waited for, not looked up at once: twice in full runs the lookup found no form on a check page
        // that had it (a navigation still settling right after the previous page's save or upload).
        portal.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//form[contains(@action,'/check')]//button[@type='submit']"))).click();
        portal.awaitText("填报已提交，等待区科技局审核。");
        assertThat(portal.driver().getCurrentUrl()).startsWith(EndToEndPorts.APP_URL + base);
    }

    private Filing save(Filing filing, FilingSection section, Object value) {
        return filings.saveSection(FIRM_A.user(), firm, YEAR, section, value, IfMatch.of(filing.version()))
                .block(TIMEOUT);
    }
}
