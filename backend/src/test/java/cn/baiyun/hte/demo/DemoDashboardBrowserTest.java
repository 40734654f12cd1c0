package cn.baiyun.hte.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import cn.baiyun.hte.enterprise.ClaimService;
import cn.baiyun.hte.enterprise.EnterpriseService;
import cn.baiyun.hte.enterprise.FirmFigures;
import cn.baiyun.hte.platform.time.ClockConfiguration;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.e2e.EndToEndTest;
import cn.baiyun.hte.support.e2e.PortalBrowser;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reviewer's dashboard in a real browser through the real Keycloak, over the demo's recognised firms and
 * tech-based SMEs ({@link DemoProgramme}) added to what the end-to-end database holds: the three targets show the
 * counts the demo adds (28 valid HTEs, 10 above designated size) against the plan's 110 and 28; a click on the
 * funnel chart opens the firm list behind that stage; the count of valid HTEs opens theirs, which lists a demo
 * firm; the workbook downloads with the same count.
 */
@EndToEndTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDashboardBrowserTest {

    static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Autowired
    ClaimService claims;
    @Autowired
    EnterpriseService enterprises;
    @Autowired
    FirmFigures figures;
    @Autowired
    Clock clock;

    PortalBrowser portal;
    LocalDate today;
    FirmFigures.Standing before;

    @BeforeAll
    void theDemosRecognisedFirms() {
        today = LocalDate.ofInstant(clock.instant(), ClockConfiguration.ZONE);
        before = figures.standing(today).block(TIMEOUT);
        new DemoProgramme(claims, enterprises, Principals.reviewer().user(), today).seed().block(TIMEOUT);
        portal = PortalBrowser.start();
    }

    @AfterAll
    void closeBrowser() {
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void theReviewerSeesTheTargetsDrillsFromAChartAndExportsTheWorkbook() throws IOException {
        long hte = before.hte() + 28;
        long aboveSize = before.hteAboveSize() + 10;
        portal.signIn("reviewer", "/dashboard");
        portal.awaitText("高新技术企业培育看板");
        assertThat(portal.find(By.cssSelector("#target-HTE_FIRMS .target-figure")).getText())
                .contains(String.valueOf(hte)).contains("/ 110");
        assertThat(portal.find(By.cssSelector("#target-ABOVE_SIZE_HTE_FIRMS .target-figure")).getText())
                .contains(String.valueOf(aboveSize)).contains("/ 28");
        assertThat(portal.find(By.id("target-SPECIALISED_SHARE")).getText()).contains("“专精特新”企业中高新技术企业比例");
        assertThat(portal.find(By.id("targets-table")).getText()).contains(String.valueOf(hte), "110");

        // The funnel is drawn (the script found ECharts) and a click on it opens the firms of that stage.
        var chart = portal.find(By.cssSelector("#funnel-chart canvas"));
        new Actions(portal.driver()).moveToElement(chart).click().perform();
        portal.waitUpTo(Duration.ofSeconds(10)).until(page -> page.getCurrentUrl().contains("/dashboard/firms?metric=STAGE"));
        assertThat(portal.find(By.tagName("h1")).getText()).startsWith("处于");
        assertThat(portal.find(By.id("drill-firms")).getText()).contains("统一社会信用代码");

        portal.open("/dashboard");
        portal.find(By.cssSelector("#standing-HTE a")).click();
        portal.awaitText("有效高新技术企业");
        assertThat(portal.find(By.id("drill-firms")).getText()).contains("贵阳云岭电子科技有限公司");

        portal.open("/dashboard");
        portal.find(By.id("dashboard-xlsx")).click();
        Path workbook = portal.downloaded("dashboard-" + today + ".xlsx");
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            boolean found = false;
            for (Row row : book.getSheetAt(0)) {
                if ("有效高新技术企业".equals(row.getCell(1).getStringCellValue())) {
                    assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(hte);
                    found = true;
                }
            }
            assertThat(found).as("the workbook's valid HTE line").isTrue();
        }
        portal.signOut();
    }

    /** At a phone's width nothing but the tables' own scroll regions is wider than the screen; kept as screenshots. */
    @Test
    void theDashboardFitsAPhone() throws IOException {
        portal.signIn("reviewer", "/dashboard");
        portal.awaitText("高新技术企业培育看板");
        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        for (int width : new int[] {1280, 390}) {
            portal.driver().manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
            portal.open("/dashboard");
            Object overflow = ((org.openqa.selenium.JavascriptExecutor) portal.driver()).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(((Number) overflow).longValue()).as("horizontal overflow at %d px", width).isLessThanOrEqualTo(0);
            byte[] png = ((org.openqa.selenium.TakesScreenshot) portal.driver())
                    .getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Files.write(shots.resolve("dashboard-" + width + ".png"), png);
        }
        portal.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        portal.signOut();
    }
}
