package cn.baiyun.hte.support.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium on the portal, with the steps every journey takes: sign in and out through Keycloak.
 * Every portal page it comes to is checked for accessibility ({@link AccessibilityCheck}); a violation fails
 * the test at the browser's next step or when it closes; so does anything the Content-Security-Policy blocked
 * ({@link ContentSecurityCheck}).
 */
public final class PortalBrowser implements AutoCloseable {

    public static final String PASSWORD = "demo1234";

    private final WebDriver driver;
    private final AccessibilityCheck accessibility;
    private final Path downloads;
    /** The portal's address: the end-to-end tests' application, or another one the test realm accepts. */
    private final String appUrl;

    private PortalBrowser(WebDriver browser, Path downloads, String appUrl) {
        this.appUrl = appUrl;
        AccessibilityCheck.WatchedBrowser watched = AccessibilityCheck.watch(browser);
        this.driver = watched.driver();
        this.accessibility = watched.check();
        this.downloads = downloads;
    }

    /** Starts the browser and makes sure the test Keycloak is up. */
    public static PortalBrowser start() {
        return start(EndToEndPorts.APP_URL);
    }

    /**
     * As {@link #start()}, on the portal at {@code appUrl} (e.g. one in a process of its own whose origin
     * {@link RealmOrigins} added to the test realm); its pages are judged by the Content-Security-Policy alone.
     */
    public static PortalBrowser start(String appUrl) {
        // Keycloak first: a Keycloak that fails to start must not leave a browser behind that nobody closes.
        KeycloakTestServer.get();
        Path downloads = Chromium.freshDirectory("chromium-downloads-");
        return new PortalBrowser(Chromium.start(downloads), downloads, appUrl);
    }

    /** Waits until the browser has finished downloading a file of that name and answers where it is. */
    public Path downloaded(String fileName) {
        Path file = downloads.resolve(fileName);
        waitUpTo(Duration.ofSeconds(20)).until(page -> Files.isRegularFile(file)
                && !Files.exists(downloads.resolve(fileName + ".crdownload")));
        return file;
    }

    public WebDriver driver() {
        return driver;
    }

    public AccessibilityCheck accessibility() {
        return accessibility;
    }

    public void open(String path) {
        assertNothingFound();
        driver.get(appUrl + path);
        assertNothingFound();
    }

    public WebElement find(By by) {
        assertNothingFound();
        return driver.findElement(by);
    }

    /** Opens a page that needs signing in and signs in on Keycloak's own login page. */
    public void signIn(String username, String path) {
        open(path);
        waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        find(By.id("username")).sendKeys(username);
        find(By.id("password")).sendKeys(PASSWORD);
        find(By.id("kc-login")).click();
        waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.urlContains(appUrl + path));
        // The address can change before the portal's page has loaded.
        waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main#main")));
        assertNothingFound();
    }

    public void signOut() {
        find(By.xpath("//header//form[contains(@action,'/logout')]//button")).click();
        waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.urlToBe(appUrl + "/"));
        waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//header//a[contains(@href,'/oauth2/authorization/portal-web')]")));
    }

    public void awaitText(String text) {
        waitUpTo(Duration.ofSeconds(20)).until(page -> page.getPageSource().contains(text));
        assertNothingFound();
    }

    /** Fails on accessibility violations and on anything the Content-Security-Policy blocked, since the last step. */
    public void assertNothingFound() {
        accessibility.assertNoneFound();
        ContentSecurityCheck.assertNoneReported(driver, appUrl);
    }

    public WebDriverWait waitUpTo(Duration timeout) {
        return new WebDriverWait(driver, timeout);
    }

    /** Quits the browser; fails if the last pages had accessibility violations not yet reported. */
    @Override
    public void close() {
        try {
            ContentSecurityCheck.assertNoneReported(driver, appUrl);
        } finally {
            driver.quit();
        }
        accessibility.assertNoneFound();
    }
}
