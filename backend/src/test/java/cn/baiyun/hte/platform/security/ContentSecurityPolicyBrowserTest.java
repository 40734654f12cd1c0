package cn.baiyun.hte.platform.security;

import cn.baiyun.hte.support.e2e.EndToEndTest;
import cn.baiyun.hte.support.e2e.PortalBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.JavascriptExecutor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Content-Security-Policy in a real browser: an injected inline script does not run, and the browser
 * check of {@link PortalBrowser} notices what the policy blocked (so every browser test fails on a page the
 * policy breaks).
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
    void anInlineScriptIsBlockedAndTheCheckSaysSo() {
        portal.open("/guide");
        JavascriptExecutor page = (JavascriptExecutor) portal.driver();
        page.executeScript("var s = document.createElement('script'); s.textContent = 'window.injected = true;';"
                + " document.body.appendChild(s);");

        assertThat(page.executeScript("return window.injected === true;")).isEqualTo(false);
        assertThatThrownBy(portal::assertNothingFound).hasMessageContaining("Content Security Policy");
    }
}
