package cn.baiyun.hte.dashboard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.baiyun.hte.chain.ChainFixtures;
import cn.baiyun.hte.chain.IndustryChain;
import cn.baiyun.hte.referral.ReferralRequest;
import cn.baiyun.hte.referral.ReferralService;
import cn.baiyun.hte.support.Principals;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reviewer follows the dashboard's breakdowns to the firms behind them in a real browser through the real
 * Keycloak, on the shared end-to-end application (seeded here through the application's services, as the demo
 * does it: a chain with two HTEs and a firm without a certificate; a department that referred one HTE and the
 * firm without). The chain's HTE figure lists the two HTEs; the department's "recognised" figure lists its HTE.
 * The reviewer's menu stays on one line at 1280 px and its groups open and close with the keyboard alone; the
 * pages are kept as screenshots at 1280 and 390 px, in Chinese and once in English.
 */
@EndToEndTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChainDrillDownBrowserTest {

    static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Autowired
    ChainFixtures fixtures;
    @Autowired
    TestFirms firms;
    @Autowired
    ReferralService referrals;

    PortalBrowser portal;
    IndustryChain chain;
    String department;
    String firstHte;
    String secondHte;
    String withoutCertificate;

    @BeforeAll
    void chainAndDepartmentWithTheirFirms() {
        chain = fixtures.chain(ChainFixtures.unique("浏览器集群"));
        String first = fixtures.firm(fixtures.today().minusYears(1));
        String second = fixtures.firm(fixtures.today().minusMonths(3));
        String none = fixtures.firm(null);
        List.of(first, second, none).forEach(id -> fixtures.tag(id, chain));
        department = ChainFixtures.unique("浏览器局");
        for (String id : List.of(first, none)) {
            var firm = firms.stored(id);
            referrals.refer(Principals.department(department).user(),
                    new ReferralRequest(firm.uscc(), firm.name(), "浏览器下钻", null)).block(TIMEOUT);
        }
        firstHte = firms.stored(first).name();
        secondHte = firms.stored(second).name();
        withoutCertificate = firms.stored(none).name();
        portal = PortalBrowser.start();
    }

    @AfterAll
    void closeBrowser() {
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void theReviewerFollowsAChainAndADepartmentFigureToTheirFirms() throws IOException {
        portal.driver().manage().window().setSize(new Dimension(1280, 1024));
        portal.signIn("reviewer", "/dashboard");
        portal.awaitText("高新技术企业培育看板");
        menuOnOneLineAndByKeyboard();
        screenshot("dashboard-walk-menu-open-1280");

        // The chain's HTE column (the second figure), followed with the keyboard.
        WebElement chainRow = row("#chains-table", chain.nameZh());
        assertThat(chainRow.findElements(By.cssSelector("td"))).extracting(WebElement::getText)
                .startsWith("3", "2");
        chainRow.findElements(By.cssSelector("td a")).get(1).sendKeys(Keys.ENTER);
        portal.awaitText("产业链“" + chain.nameZh() + "”中的有效高新技术企业");
        assertThat(names()).containsExactlyInAnyOrder(firstHte, secondHte);
        shots("dashboard-walk-chain-hte");

        portal.open("/dashboard");
        WebElement departmentRow = row("#departments-table", department);
        assertThat(departmentRow.findElements(By.cssSelector("td a"))).extracting(WebElement::getText)
                .containsExactly("2", "0", "0", "0", "0", "1");
        departmentRow.findElements(By.cssSelector("td a")).get(5).sendKeys(Keys.ENTER);
        portal.awaitText(department + " 推荐、已认定高企（证书今天有效）的企业");
        assertThat(names()).containsExactly(firstHte);
        shots("dashboard-walk-department-recognised");

        portal.open("/dashboard");
        row("#departments-table", department).findElements(By.cssSelector("td a")).get(0).click();
        portal.awaitText(department + " 推荐的企业");
        assertThat(names()).containsExactlyInAnyOrder(firstHte, withoutCertificate);

        portal.open("/dashboard?lang=en");
        portal.awaitText("Recorded as HTE (profile stage)");
        assertThat(portal.find(By.id("funnel-hte-note")).getText()).contains("valid high-tech enterprises");
        shots("dashboard-walk-dashboard-en");
        portal.open("/dashboard?lang=zh-CN");
        portal.awaitText("曾认定高企（按登记阶段）");
        shots("dashboard-walk-dashboard");
        sectionsAndPhoneMenu();
        portal.signOut();
    }

    /**
     * At 1280 px every item of the reviewer's menu sits on one line; the 培育库 group opens with Enter on its name
     * and shows its five links, Escape closes it and leaves the focus on its name.
     */
    private void menuOnOneLineAndByKeyboard() {
        @SuppressWarnings("unchecked")
        List<Long> tops = (List<Long>) ((JavascriptExecutor) portal.driver()).executeScript(
                "return [...document.querySelectorAll('#main-menu > li')].map(li => Math.round(li.getBoundingClientRect().top));");
        assertThat(Set.copyOf(tops)).as("the menu's rows at 1280 px").hasSize(1);

        WebElement pool = portal.find(By.xpath("//nav[contains(@class,'main-nav')]//summary[normalize-space()='培育库']"));
        WebElement firmsLink = portal.find(By.cssSelector("#main-menu a[href='/reviewer/firms']"));
        assertThat(firmsLink.isDisplayed()).as("the group's links while it is closed").isFalse();
        ((JavascriptExecutor) portal.driver()).executeScript("arguments[0].focus();", pool);
        new Actions(portal.driver()).sendKeys(Keys.ENTER).perform();
        assertThat(portal.find(By.cssSelector("#main-menu a[href='/reviewer/firms']")).isDisplayed()).isTrue();
        assertThat(pool.findElements(By.xpath("following-sibling::ul//a"))).hasSize(5);
        new Actions(portal.driver()).sendKeys(Keys.TAB).perform();
        assertThat(activeHref()).endsWith("/reviewer/claims");
        new Actions(portal.driver()).sendKeys(Keys.ESCAPE).perform();
        assertThat(firmsLink.isDisplayed()).as("closed by Escape").isFalse();
        assertThat(((JavascriptExecutor) portal.driver()).executeScript("return document.activeElement.textContent.trim();"))
                .isEqualTo("培育库");
        new Actions(portal.driver()).sendKeys(Keys.SPACE).perform();
        assertThat(firmsLink.isDisplayed()).as("opened again by Space").isTrue();
    }

    /**
     * The funnel (its stage named for what it counts), the departments' and the chains' tables, at both widths;
     * at 390 px the opened menu lists the reviewer's groups open in place.
     */
    private void sectionsAndPhoneMenu() throws IOException {
        for (int width : new int[] {1280, 390}) {
            portal.driver().manage().window().setSize(new Dimension(width, 1000));
            for (String section : List.of("funnel", "departments", "chains")) {
                ((JavascriptExecutor) portal.driver()).executeScript(
                        "document.getElementById(arguments[0] + '-heading').scrollIntoView();", section);
                screenshot("dashboard-walk-" + section + "-" + width);
            }
        }
        ((JavascriptExecutor) portal.driver()).executeScript("window.scrollTo(0, 0);");
        portal.find(By.cssSelector(".main-nav .menu-toggle")).sendKeys(Keys.ENTER);
        assertThat(portal.find(By.cssSelector("#main-menu a[href='/reviewer/subsidies']")).isDisplayed())
                .as("a group's link in the opened phone menu").isTrue();
        screenshot("dashboard-walk-menu-390");
        portal.driver().manage().window().setSize(new Dimension(1280, 1024));
    }

    private String activeHref() {
        return String.valueOf(((JavascriptExecutor) portal.driver())
                .executeScript("return document.activeElement.getAttribute('href');"));
    }

    private WebElement row(String table, String name) {
        return portal.driver().findElements(By.cssSelector(table + " tbody tr")).stream()
                .filter(r -> r.findElement(By.cssSelector("th")).getText().equals(name)).findFirst().orElseThrow();
    }

    private List<String> names() {
        return portal.driver().findElements(By.cssSelector("#drill-firms tbody th")).stream()
                .map(WebElement::getText).collect(Collectors.toList());
    }

    /** The page at 1280 and 390 px; at 390 px nothing but the tables' own scroll regions is wider than the screen. */
    private void shots(String name) throws IOException {
        for (int width : new int[] {1280, 390}) {
            portal.driver().manage().window().setSize(new Dimension(width, 1400));
            Object overflow = ((JavascriptExecutor) portal.driver()).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(((Number) overflow).longValue()).as("horizontal overflow at %d px", width).isLessThanOrEqualTo(0);
            screenshot(name + "-" + width);
        }
        portal.driver().manage().window().setSize(new Dimension(1280, 1024));
    }

    private void screenshot(String name) throws IOException {
        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        Files.write(shots.resolve(name + ".png"), ((TakesScreenshot) portal.driver()).getScreenshotAs(OutputType.BYTES));
    }
}
