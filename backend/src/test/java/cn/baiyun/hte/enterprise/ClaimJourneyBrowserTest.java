package cn.baiyun.hte.enterprise;

import java.time.Duration;

import cn.baiyun.hte.support.TestFirms;
import cn.baiyun.hte.support.e2e.Chromium;
import cn.baiyun.hte.support.e2e.EndToEndTest;
import cn.baiyun.hte.support.e2e.KeycloakTestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole claim journey in a real browser through the real Keycloak login page: a new firm user
 * claims a firm, the reviewer approves it, the firm user sees the firm's profile and signs out.
 */
@EndToEndTest
class ClaimJourneyBrowserTest {

    static final String FIRM_NAME = "浏览器测试科技有限公司";
    static WebDriver browser;

    @BeforeAll
    static void startBrowserAndKeycloak() {
        browser = Chromium.start();
        KeycloakTestServer.get();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void firmUserClaimsReviewerApprovesAndTheFirmUserSeesTheProfile() {
        String uscc = TestFirms.newUscc();

        signIn("firm-new", "/firms/claim");
        claimWithAMistypedCodeUsingTheKeyboardOnly(uscc);
        browser.findElement(By.id("f-uscc")).clear();
        browser.findElement(By.id("f-uscc")).sendKeys(uscc);
        browser.findElement(By.xpath("//main//form//button[@type='submit']")).click();
        awaitText("认领已提交");
        signOut();

        signIn("reviewer", "/reviewer/claims");
        browser.findElement(By.xpath("//article[.//dd[normalize-space()='" + uscc + "']]"
                + "//form[contains(@action,'approval')]//button")).click();
        awaitText("已通过该认领");
        signOut();

        signIn("firm-new", "/firms/claim");
        browser.findElement(By.cssSelector("nav.main-nav a[href='/']")).click();
        browser.findElement(By.linkText(FIRM_NAME)).click();
        awaitText("基本信息");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(FIRM_NAME);
        assertThat(browser.getPageSource()).contains(uscc).contains("已核验");
        signOut();

        browser.get(EndToEndTest.APP_URL + "/firms/claim");
        wait(Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertThat(browser.getCurrentUrl())
                .as("after signing out, the Keycloak session is over too and asks for a password again")
                .startsWith("http://localhost:" + KeycloakTestServer.PORT + "/realms/hte/");
    }

    /** Enter submits the form; the error summary takes the focus and links to the field in error. */
    private static void claimWithAMistypedCodeUsingTheKeyboardOnly(String uscc) {
        String mistyped = uscc.substring(0, 17) + (uscc.charAt(17) == '0' ? '1' : '0');
        browser.findElement(By.id("f-name")).sendKeys(FIRM_NAME);
        browser.findElement(By.id("f-uscc")).sendKeys(mistyped, Keys.ENTER);
        wait(Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));

        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("error-summary");
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        assertThat(browser.switchTo().activeElement().getAttribute("href")).endsWith("#f-uscc");
        assertThat(browser.findElement(By.id("uscc-error")).getText()).contains("第18位校验码");
    }

    private static void signIn(String username, String path) {
        browser.get(EndToEndTest.APP_URL + path);
        wait(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("demo1234");
        browser.findElement(By.id("kc-login")).click();
        wait(Duration.ofSeconds(30)).until(ExpectedConditions.urlContains(EndToEndTest.APP_URL + path));
    }

    private static void signOut() {
        browser.findElement(By.xpath("//header//form//button")).click();
        wait(Duration.ofSeconds(30)).until(ExpectedConditions.urlToBe(EndToEndTest.APP_URL + "/"));
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//header//a[contains(@href,'/oauth2/authorization/portal-web')]")));
    }

    private static void awaitText(String text) {
        wait(Duration.ofSeconds(20)).until(driver -> driver.getPageSource().contains(text));
    }

    private static WebDriverWait wait(Duration timeout) {
        return new WebDriverWait(browser, timeout);
    }
}
