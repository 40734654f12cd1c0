package cn.baiyun.hte.pool.selfcheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import cn.baiyun.hte.enterprise.EnterpriseProfile;
import cn.baiyun.hte.enterprise.EnterpriseService;
import cn.baiyun.hte.enterprise.LifecycleStage;
import cn.baiyun.hte.filing.portfolio.Acquisition;
import cn.baiyun.hte.filing.portfolio.IpAssetDetails;
import cn.baiyun.hte.filing.portfolio.IpStatus;
import cn.baiyun.hte.filing.portfolio.IpType;
import cn.baiyun.hte.filing.portfolio.PortfolioService;
import cn.baiyun.hte.platform.security.PortalRole;
import cn.baiyun.hte.platform.time.ClockConfiguration;
import cn.baiyun.hte.platform.web.IfMatch;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFilings;
import cn.baiyun.hte.support.TestFirms;
import cn.baiyun.hte.support.e2e.EndToEndTest;
import cn.baiyun.hte.support.e2e.PortalBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Firm B runs its tech-based SME self-check in a real browser through the real Keycloak, on the shared
 * end-to-end application (its firm, profile, filing and patent seeded here through the application's own
 * services, as every end-to-end test shares one application and one database per JVM). Its last fiscal year
 * (23,000,000 yuan of sales, 1,450,000 of R&D, 24 S&T staff of 75) and one granted invention patent give
 * 20 + 50 + 30 = 100 points. It opens the page from its navigation, reads each item, types a what-if of
 * 300,000 yuan of R&D with the keyboard alone (the R&D item falls to 0 points, the total to 50 and the firm no
 * longer qualifies), and reads the page in English. Every page is checked by axe-core ({@link PortalBrowser});
 * at a phone's width nothing is wider than the screen, kept as a screenshot.
 */
@EndToEndTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TechSmeCheckBrowserTest {

    static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** The test realm's firm-b (keycloak/hte-realm.json). */
    static final Principals FIRM_B = Principals.realmUser("00000000-0000-4000-8000-000000000012", "firm-b",
            PortalRole.ENTERPRISE);
    static final String NAME = "浏览器科小自评科技有限公司";

    @Autowired
    TestFirms firms;
    @Autowired
    TestFilings filings;
    @Autowired
    EnterpriseService enterprises;
    @Autowired
    PortfolioService portfolio;
    @Autowired
    Clock clock;

    PortalBrowser portal;
    String firmB;
    int dataYear;

    @BeforeAll
    void firmBWithLastYearsFiguresAndAPatent() {
        dataYear = LocalDate.now(clock.withZone(ClockConfiguration.ZONE)).getYear() - 1;
        firmB = firms.approvedFirm(FIRM_B, NAME);
        enterprises.updateProfile(FIRM_B.user(), firmB, new EnterpriseProfile(NAME, LocalDate.of(2016, 3, 1), null,
                "白云区", "1.1.9", true, false, false, null, null, null, LifecycleStage.REGISTERED_FIRM, List.of()),
                IfMatch.unconditional()).block(TIMEOUT);
        filings.accepted(FIRM_B, firmB, dataYear, 23_000_000, 1_450_000, 75, 24);
        portfolio.addIpAsset(FIRM_B.user(), firmB, new IpAssetDetails(IpType.INVENTION_PATENT, "CN202110000456.7",
                "一种工业数据采集方法", IpStatus.GRANTED, LocalDate.of(2021, 3, 2), LocalDate.of(2023, 6, 9), null,
                Acquisition.SELF_DEVELOPED, true, false, true)).block(TIMEOUT);
        portal = PortalBrowser.start();
    }

    @AfterAll
    void closeBrowser() {
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void firmBReadsEachItemTriesAWhatIfWithTheKeyboardAndSwitchesToEnglish() throws IOException {
        portal.signIn("firm-b", "/firms/" + firmB);
        portal.find(By.linkText("科技型中小企业自评")).click();
        portal.awaitText("逐项说明");

        assertThat(portal.find(By.id("techsme-outcome")).getText()).isEqualTo("符合：评分达到 60 分，可按评分入库");
        assertThat(portal.find(By.id("techsme-score")).getText()).contains("100 分");
        assertThat(portal.find(By.id("item-resident")).getText()).contains("符合");
        assertThat(portal.find(By.id("item-staff-cap")).getText()).contains("75 人", "符合");
        assertThat(portal.find(By.id("item-sales-cap")).getText()).contains("23,000,000", "符合");
        assertThat(portal.find(By.id("item-st-staff")).getText())
                .contains("科技人员 24 人 ÷ 职工总数 75 人 = 32.00%", "20 分");
        assertThat(portal.find(By.id("item-rd-to-sales")).getText())
                .contains("研发费用 1,450,000 元 ÷ 销售收入 23,000,000 元 = 6.30%（计入总分）", "50 分");
        assertThat(portal.find(By.id("item-ip")).getText()).contains("今天有效的Ⅰ类 1 项", "30 分");
        assertThat(portal.find(By.id("item-industry")).getText()).contains("请自行确认");
        assertThat(portal.find(By.id("item-hte-certificate")).getText()).contains("没有登记高新技术企业证书");

        // Keyboard only: the R&D field takes the figure, Tab moves on to the next field in reading order, and
        // Enter in the form asks for the result, which takes the focus.
        portal.find(By.id("f-rdExpenseCny119Caliber")).sendKeys("300,000");
        new Actions(portal.driver()).sendKeys(Keys.TAB).perform();
        assertThat(activeElementId()).isEqualTo("f-class1Ip");
        new Actions(portal.driver()).sendKeys(Keys.ENTER).perform();
        portal.awaitText("已填报数据与假如数据对照");

        assertThat(portal.driver().getCurrentUrl()).contains("rdExpenseCny119Caliber=300%2C000").endsWith("#result");
        assertThat(activeElementId()).isEqualTo("result");
        assertThat(portal.find(By.id("techsme-outcome-after")).getText()).isEqualTo("暂不符合科技型中小企业条件");
        assertThat(portal.find(By.id("result-rd-to-sales")).getText()).contains("300,000", "1.30%");
        assertThat(portal.find(By.id("result-rd-to-sales")).getAttribute("class")).contains("changed");
        assertThat(portal.find(By.id("result-total")).getText()).contains("100 分", "50 分");
        assertThat(portal.find(By.id("result-st-staff")).getAttribute("class")).doesNotContain("changed");

        screenshots();

        portal.find(By.cssSelector("nav.lang a[lang='en']")).click();
        portal.awaitText("Tech-based SME self-check");
        assertThat(portal.find(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(portal.find(By.id("techsme-outcome")).getText()).startsWith("Qualifies: the score reaches 60 points");
        assertThat(portal.find(By.id("item-st-staff")).getText()).contains("24 S&T staff ÷ 75 staff = 32.00%");
        assertThat(portal.accessibility().pagesChecked()).as("pages checked by axe-core").isGreaterThanOrEqualTo(3);
        portal.signOut();
    }

    private String activeElementId() {
        return String.valueOf(((JavascriptExecutor) portal.driver()).executeScript("return document.activeElement.id;"));
    }

    /**
     * The what-if's page in Chinese at 1280 px and at a phone's 390 px, its top and its result: at 390 px nothing
     * but the tables' own scroll regions is wider than the screen.
     */
    private void screenshots() throws IOException {
        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        for (int width : new int[] {1280, 390}) {
            portal.driver().manage().window().setSize(new Dimension(width, 2400));
            Object overflow = ((JavascriptExecutor) portal.driver()).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(((Number) overflow).longValue()).as("horizontal overflow at %d px", width).isLessThanOrEqualTo(0);
            for (String part : new String[] {"top", "result"}) {
                ((JavascriptExecutor) portal.driver()).executeScript(part.equals("top") ? "window.scrollTo(0, 0);"
                        : "document.getElementById('whatif-title').scrollIntoView();");
                Files.write(shots.resolve("tech-sme-check-" + part + "-" + width + ".png"),
                        ((TakesScreenshot) portal.driver()).getScreenshotAs(OutputType.BYTES));
            }
        }
        portal.driver().manage().window().setSize(new Dimension(1280, 1024));
    }
}
