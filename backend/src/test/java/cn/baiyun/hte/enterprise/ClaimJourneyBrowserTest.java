package cn.baiyun.hte.enterprise;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import cn.baiyun.hte.support.TestFiles;
import cn.baiyun.hte.support.TestFirms;
import cn.baiyun.hte.support.e2e.EndToEndPorts;
import cn.baiyun.hte.support.e2e.EndToEndTest;
import cn.baiyun.hte.support.e2e.PortalBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole claim journey in a real browser through the real Keycloak login page: a new firm user
 * claims a firm with its business licence, the reviewer opens the licence and approves the claim, the
 * firm user sees the firm's profile and signs out.
 */
@EndToEndTest
class ClaimJourneyBrowserTest {

    static final String FIRM_NAME = "浏览器测试科技有限公司";
    static PortalBrowser portal;
    static WebDriver browser;

    @BeforeAll
    static void startBrowserAndKeycloak() {
        portal = PortalBrowser.start();
        browser = portal.driver();
    }

    @AfterAll
    static void closeBrowser() {
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void firmUserClaimsReviewerApprovesAndTheFirmUserSeesTheProfile(@TempDir Path dir) throws IOException {
        String uscc = TestFirms.newUscc();
        byte[] licence = TestFiles.png();
        Path licenceFile = Files.write(dir.resolve("营业执照.png"), licence);

        portal.signIn("firm-new", "/firms/claim");
        claimWithAMistypedCodeUsingTheKeyboardOnly(uscc);
        browser.findElement(By.id("f-uscc")).clear();
        browser.findElement(By.id("f-uscc")).sendKeys(uscc);
        new Select(browser.findElement(By.id("f-documentKind"))).selectByValue("BUSINESS_LICENCE");
        browser.findElement(By.id("f-document")).sendKeys(licenceFile.toString());
        browser.findElement(By.xpath("//main//form//button[@type='submit']")).click();
        portal.awaitText("认领已提交");
        portal.signOut();

        portal.signIn("reviewer", "/reviewer/claims");
        String card = "//article[.//dd[normalize-space()='" + uscc + "']]";
        browser.findElement(By.xpath(card + "//a[normalize-space()='营业执照：营业执照.png']")).click();
        assertThat(Files.readAllBytes(portal.downloaded("营业执照.png")))
                .as("the reviewer opens the very licence the claimant sent").isEqualTo(licence);
        browser.findElement(By.xpath(card + "//form[contains(@action,'approval')]//button")).click();
        portal.awaitText("已通过该认领");
        portal.signOut();

        portal.signIn("firm-new", "/firms/claim");
        browser.findElement(By.cssSelector("nav.main-nav a[href='/']")).click();
        browser.findElement(By.linkText(FIRM_NAME)).click();
        portal.awaitText("基本信息");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(FIRM_NAME);
        assertThat(browser.getPageSource()).contains(uscc).contains("已核验");
        portal.signOut();

        browser.get(EndToEndPorts.APP_URL + "/firms/claim");
        portal.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertThat(browser.getCurrentUrl())
                .as("after signing out, the Keycloak session is over too and asks for a password again")
                .startsWith(EndToEndPorts.KEYCLOAK_URL + "/realms/hte/");
    }

    /** Enter submits the form; the error summary takes the focus and links to the field in error. */
    private static void claimWithAMistypedCodeUsingTheKeyboardOnly(String uscc) {
        String mistyped = uscc.substring(0, 17) + (uscc.charAt(17) == '0' ? '1' : '0');
        browser.findElement(By.id("f-name")).sendKeys(FIRM_NAME);
        browser.findElement(By.id("f-uscc")).sendKeys(mistyped, Keys.ENTER);
        portal.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));

        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("error-summary");
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        assertThat(browser.switchTo().activeElement().getAttribute("href")).endsWith("#f-uscc");
        assertThat(browser.findElement(By.id("uscc-error")).getText()).contains("第18位校验码");
    }
}
