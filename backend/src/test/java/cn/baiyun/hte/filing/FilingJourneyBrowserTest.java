package cn.baiyun.hte.filing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import cn.baiyun.hte.platform.security.PortalRole;
import cn.baiyun.hte.platform.web.IfMatch;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFiles;
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
 * A year's filing through its review in a real browser, signed in through the real Keycloak, the firm going
 * only by the links and buttons the pages offer: it completes its financials, uploads the audit report,
 * confirms the commitment and submits, and keeps the receipt; the reviewer, who sees the report among the
 * evidence, returns the financials with a comment written next to them; the firm opens the task list, the
 * returned section, corrects and saves it, finds it done and the way to resubmit offered, and submits again;
 * the reviewer confirms and accepts.
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
    String review;

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
        review = "/reviewer/filings/" + firm + "/" + YEAR;
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
        assertThat(portal.find(By.id("status-financials")).getText()).isEqualTo("进行中");
        openSection("财务数据");
        enterTotalRevenue("30,500,000.55");
        backToTheTaskList();
        uploadAuditReport(dir);
        String reference = checkAndSubmit();
        portal.signOut();

        portal.signIn("reviewer", review);
        assertThat(portal.find(By.className("evidence")).getText()).contains("研发费用专项审计报告.pdf")
                .contains("研发费用专项审计报告");
        assertThat(portal.find(By.tagName("main")).getText()).contains(reference);
        WebElement financialsComment = portal.find(By.id("f-comments-FINANCIALS"));
        assertThat(financialsComment.findElement(By.xpath("ancestor::section[1]//h2")).getText())
                .as("the comment box sits in the section it comments on").isEqualTo("财务数据");
        financialsComment.sendKeys("收入总额请按审计报告口径填写。");
        portal.find(By.xpath("//form[contains(@action,'/return')]//button[@type='submit']")).click();
        portal.awaitText("已退回企业修改。");
        portal.signOut();

        portal.signIn("firm-a", base);
        assertThat(portal.find(By.className("returned-comment")).getText()).contains("收入总额请按审计报告口径填写。");
        assertThat(portal.find(By.id("status-financials")).getText()).isEqualTo("退回修改");
        assertThat(portal.driver().findElements(By.linkText("检查并提交"))).as("nothing to resubmit yet").isEmpty();
        openSection("研发费用");
        assertThat(portal.driver().findElements(By.cssSelector("main form[method=post] button[type=submit]")))
                .as("a section the reviewer did not return cannot be saved").isEmpty();
        backToTheTaskList();
        openSection("财务数据");
        enterTotalRevenue("30,600,000");
        backToTheTaskList();
        assertThat(portal.find(By.id("status-financials")).getText()).as("the corrected section is done")
                .isEqualTo("已完成");
        assertThat(checkAndSubmit()).as("resubmissions keep the reference").isEqualTo(reference);
        portal.signOut();

        portal.signIn("reviewer", review);
        portal.find(By.xpath("//form[contains(@action,'/acceptance')]//button[@type='submit']")).click();
        portal.awaitText("请先勾选确认，再通过审核");
        assertThat(filings.find(FIRM_A.user(), firm, YEAR).block(TIMEOUT).status())
                .as("not accepted without the confirmation").isEqualTo(FilingStatus.SUBMITTED);
        portal.find(By.id("f-confirmed")).click();
        portal.find(By.xpath("//form[contains(@action,'/acceptance')]//button[@type='submit']")).click();
        portal.awaitText("已通过审核。");
        portal.signOut();

        Filing accepted = filings.find(FIRM_A.user(), firm, YEAR).block(TIMEOUT);
        assertThat(accepted.status()).isEqualTo(FilingStatus.ACCEPTED);
        assertThat(accepted.content().financials().totalRevenue()).isEqualByComparingTo("30600000");
    }

    private void openSection(String name) {
        portal.find(By.xpath("//ul[contains(@class,'task-list')]//a[normalize-space()='" + name + "']")).click();
        portal.waitUpTo(TIMEOUT).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), name));
    }

    private void backToTheTaskList() {
        portal.find(By.xpath("//main//a[@class='back']")).click();
        portal.waitUpTo(TIMEOUT).until(ExpectedConditions.urlToBe(EndToEndPorts.APP_URL + base));
    }

    private void enterTotalRevenue(String typed) {
        WebElement total = portal.find(By.id("f-financials-totalRevenue"));
        total.clear();
        total.sendKeys(typed);
        portal.find(By.xpath("//main//form//button[@type='submit']")).click();
        portal.awaitText("已保存。");
    }

    /**
     * From the task list to the documents page through the firm's navigation, then through the page's script,
     * which shows the upload's progress, then lists the document; back to the filing through the list.
     */
    private void uploadAuditReport(Path dir) throws IOException {
        Path report = Files.write(dir.resolve("研发费用专项审计报告.pdf"), TestFiles.pdf(1_000));
        portal.find(By.xpath("//main//a[@class='back']")).click();
        portal.find(By.xpath("//nav//a[contains(@href,'/documents')]")).click();
        new Select(portal.find(By.id("f-kind"))).selectByValue("RD_AUDIT_REPORT");
        new Select(portal.find(By.id("f-fiscalYear"))).selectByValue(String.valueOf(YEAR));
        portal.find(By.id("f-file")).sendKeys(report.toString());
        portal.find(By.xpath("//form[@id='upload-form']//button[@type='submit']")).click();
        // The page's script goes to the documents page once the upload is stored: wait for that navigation.
        portal.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("uploaded"));
        portal.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("table"), "研发费用专项审计报告.pdf"));
        portal.find(By.xpath("//nav//a[contains(@href,'/filings')]")).click();
        portal.find(By.linkText(String.valueOf(YEAR))).click();
        portal.waitUpTo(TIMEOUT).until(ExpectedConditions.urlToBe(EndToEndPorts.APP_URL + base));
    }

    /**
     * From the task list: its link to the check page, the commitment (refused until ticked), the submission,
     * and the receipt it leads to; answers the receipt's reference number.
     */
    private String checkAndSubmit() {
        // Waited for, not looked up at once: a navigation may still be settling right after a save or upload.
        portal.waitUpTo(TIMEOUT).until(ExpectedConditions.elementToBeClickable(By.linkText("检查并提交"))).click();
        By submit = By.xpath("//form[contains(@action,'/check')]//button[@type='submit']");
        portal.waitUpTo(TIMEOUT).until(ExpectedConditions.elementToBeClickable(submit)).click();
        portal.awaitText("请阅读承诺书并勾选确认，然后再提交");
        portal.find(By.id("f-commitment")).click();
        portal.find(submit).click();
        portal.awaitText("填报已提交，等待区科技局审核。");
        assertThat(portal.driver().getCurrentUrl()).startsWith(EndToEndPorts.APP_URL + base + "/receipt");
        assertThat(portal.find(By.cssSelector("button[data-print]")).isDisplayed()).as("print button").isTrue();
        String reference = portal.find(By.cssSelector("dd.reference")).getText();
        assertThat(reference).matches("HTE-" + YEAR + "-\\d{6}");
        return reference;
    }

    private Filing save(Filing filing, FilingSection section, Object value) {
        return filings.saveSection(FIRM_A.user(), firm, YEAR, section, value, IfMatch.of(filing.version()))
                .block(TIMEOUT);
    }
}
