package cn.baiyun.hte.platform.security;

import java.time.Duration;

import cn.baiyun.hte.support.e2e.EndToEndTest;
import cn.baiyun.hte.support.e2e.PortalBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Content-Security-Policy in a real browser: the API documentation (a third-party page) still works
 * under it, and the browser check of {@link PortalBrowser} notices what the policy blocks.
 */
@EndToEndTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContentSecurityPolicyBrowserTest {

    PortalBrowser portal;

    @BeforeAll
    void startBrowser() {
        portal = PortalBrowser.start();
    }

    @AfterAll
    void closeBrowser() {
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void theApiDocumentationShowsEveryOperationUnderThePolicy() {
        portal.open("/swagger-ui.html");
        portal.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock")));
        portal.find(By.cssSelector(".opblock-summary")).click();
        portal.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock-body")));

        assertThat(portal.driver().findElements(By.cssSelector(".opblock"))).hasSizeGreaterThan(10);
        portal.assertNothingFound();
    }

    @Test
    void anInlineScriptIsBlockedAndTheCheckSaysSo() {
        portal.open("/guide");
        JavascriptExecutor page = (JavascriptExecutor) portal.driver();
        page.executeScript("var s = document.createElement('script'); s.textContent = 'window.injected = true;';"
                + " document.body.appendChild(s);");

        assertThat(page.executeScript("return window.injected === true;")).isEqualTo(false);
        assertThatThrownBy(portal::assertNothingFound).hasMessageContaining("Content Security Policy");
    }
}
