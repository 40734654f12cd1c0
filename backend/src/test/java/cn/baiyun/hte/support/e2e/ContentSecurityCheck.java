package cn.baiyun.hte.support.e2e;

import java.util.List;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Fails on anything the portal's Content-Security-Policy blocked. A blocked script or style breaks a page
 * silently (the browser only says so in its console), so {@link PortalBrowser} reads the console at each
 * of its steps. Keycloak's own pages are not the portal's and are not judged.
 */
final class ContentSecurityCheck {

    private ContentSecurityCheck() {
    }

    static void assertNoneReported(WebDriver browser, String appUrl) {
        List<String> blocked = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") && isThePortals(message, appUrl))
                .toList();
        if (!blocked.isEmpty()) {
            throw new AssertionError("Blocked by the Content-Security-Policy:\n  " + String.join("\n  ", blocked));
        }
    }

    /**
     * A message begins with the address of the page or script it is about, or with "security" when a script
     * run through the driver caused it; one about another origin's page is Keycloak's.
     */
    private static boolean isThePortals(String message, String appUrl) {
        return message.startsWith(appUrl) || !message.startsWith("http");
    }
}
