package cn.baiyun.hte.pool.board;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import cn.baiyun.hte.assessment.TierResult;
import cn.baiyun.hte.platform.security.PortalRole;
import cn.baiyun.hte.platform.time.ClockConfiguration;
import cn.baiyun.hte.pool.selfcheck.RdShortFirms;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFirms;
import cn.baiyun.hte.support.e2e.EndToEndTest;
import cn.baiyun.hte.support.e2e.PortalBrowser;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * This year's cycle in a real browser through the real Keycloak: the reviewer opens the cycle and runs
 * it, raises a firm proposed for tier 2 to tier 1 with a reason and publishes its feedback with a
 * comment; the firm reads the feedback and acknowledges it; the reviewer downloads the provincial
 * recommendation list and the workbook holds the firm's row.
 */
@EndToEndTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PoolJourneyBrowserTest {

    static final Principals FIRM_A = Principals.realmUser("00000000-0000-4000-8000-000000000011", "firm-a",
            PortalRole.ENTERPRISE);
    static final String FIRM_NAME = "浏览器评价测试科技有限公司";
    static final String REASON = "研发费用另有专项审计报告，已核实达到比例要求";
    static final String COMMENT = "请于5月前准备高企申报材料，区科技局将上门辅导。";

    @Autowired
    RdShortFirms rdShortFirms;
    @Autowired
    TestFirms firms;
    @Autowired
    PoolEntryRepository entries;
    @Autowired
    Clock clock;

    PortalBrowser portal;
    int year;
    String firm;

    @BeforeAll
    void aFirmSlightlyShortOfRdWithThreeAcceptedYears() {
        year = LocalDate.now(clock.withZone(ClockConfiguration.ZONE)).getYear();
        firm = rdShortFirms.create(FIRM_A, FIRM_NAME, year);
        portal = PortalBrowser.start();
    }

    @AfterAll
    void closeBrowser() {
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void reviewerRunsOverridesAndPublishesFirmAcknowledgesReviewerExportsTheList() throws IOException {
        portal.signIn("reviewer", "/reviewer/cycles");
        assertThat(portal.find(By.id("f-year")).getAttribute("value")).isEqualTo(String.valueOf(year));
        portal.find(By.xpath("//form[@action='/reviewer/cycles']//button[@type='submit']")).click();
        portal.awaitText("cycles/" + year + "/assessment-runs");
        portal.find(By.xpath("//form[contains(@action,'/assessment-runs')]//button[@type='submit']")).click();
        awaitRunDone();

        portal.find(By.xpath("//a[contains(@href,'/entries/" + firm + "')]")).click();
        assertThat(portal.find(By.tagName("main")).getText()).contains(FIRM_NAME, "第二梯队");
        new Select(portal.find(By.id("f-tier"))).selectByValue(TierResult.TIER_1.name());
        portal.find(By.xpath("//form[contains(@action,'/decision')]//button[@type='submit']")).click();
        portal.awaitText("f-reason-error");
        portal.find(By.id("f-reason")).sendKeys(REASON);
        portal.find(By.xpath("//form[contains(@action,'/decision')]//button[@type='submit']")).click();
        portal.awaitText(REASON);
        portal.find(By.id("f-comment")).sendKeys(COMMENT);
        portal.find(By.xpath("//form[contains(@action,'/publication')]//button[@type='submit']")).click();
        portal.awaitText(COMMENT);
        portal.signOut();

        portal.signIn("firm-a", "/firms/" + firm + "/feedback/" + year);
        String feedback = portal.find(By.tagName("main")).getText();
        assertThat(feedback).contains("第一梯队", COMMENT).doesNotContain(REASON, "reviewer");
        portal.find(By.xpath("//form[contains(@action,'/acknowledgement')]//button[@type='submit']")).click();
        portal.awaitText("（北京时间）确认");
        assertThat(entries.findByCycleYearAndEnterpriseId(year, firm).block(Duration.ofSeconds(10)).acknowledgedAt())
                .isNotNull();
        portal.signOut();

        portal.signIn("reviewer", "/reviewer/cycles/" + year + "/recommendation");
        portal.find(By.xpath("//a[contains(@href,'recommendations.xlsx')]")).click();
        Path workbook = portal.downloaded("hte-recommendations-" + year + ".xlsx");
        assertThat(rowOf(workbook, FIRM_NAME)).as("the firm's row in the downloaded workbook")
                .contains(firms.stored(firm).uscc(), "1.1.9");
    }

    private void awaitRunDone() {
        portal.waitUpTo(Duration.ofMinutes(2)).until(page -> {
            page.navigate().refresh();
            return page.getPageSource().contains("已完成") && page.getPageSource().contains(FIRM_NAME);
        });
    }

    /** The cells of the first sheet's row that names the firm, as text. */
    private static String rowOf(Path file, String firmName) throws IOException {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                StringBuilder cells = new StringBuilder();
                row.forEach(cell -> cells.append(cell).append('|'));
                if (cells.toString().contains(firmName)) {
                    return cells.toString();
                }
            }
            return "";
        }
    }
}
