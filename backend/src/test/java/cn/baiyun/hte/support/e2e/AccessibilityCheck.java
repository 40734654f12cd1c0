package cn.baiyun.hte.support.e2e;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.events.WebDriverListener;

/**
 * Every portal page a browser test comes to is checked by the axe-core engine against WCAG 2.2 AA; serious
 * and critical violations are collected and fail the test ({@link #assertNoneFound()}, which
 * {@link PortalBrowser} calls at each of its steps and on closing).
 * <p>
 * It listens to every call on the browser, also those a test makes straight on the driver, and checks a page
 * the first time it sees it fully loaded: a mark left in the page's window tells a checked document from a new
 * one. Keycloak's pages and the third-party API documentation are not the portal's, so they are not checked.
 * A listener's exception would only be logged by Selenium, hence the collecting.
 */
public final class AccessibilityCheck implements WebDriverListener {

    /** WCAG 2.0, 2.1 and 2.2, levels A and AA, as axe-core tags its rules. */
    public static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");
    private static final String MARK = "__hteAccessibilityChecked";
    private static final List<String> NOT_THE_PORTALS = List.of("/swagger-ui", "/v3/api-docs", "/webjars/");

    private final WebDriver browser;
    private final List<String> found = new ArrayList<>();
    private int pagesChecked;
    private boolean checking;

    private AccessibilityCheck(WebDriver browser) {
        this.browser = browser;
    }

    /** The browser, watched: use the answer in place of {@code browser}. */
    static WatchedBrowser watch(WebDriver browser) {
        AccessibilityCheck check = new AccessibilityCheck(browser);
        return new WatchedBrowser(new EventFiringDecorator<>(check).decorate(browser), check);
    }

    record WatchedBrowser(WebDriver driver, AccessibilityCheck check) {
    }

    /** The serious and critical WCAG 2.2 AA violations of the page the browser shows now, one line each. */
    public static List<String> violations(WebDriver browser) {
        Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(browser);
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core failed on " + results.getUrl() + ": " + results.getErrorMessage());
        }
        String lang = String.valueOf(((JavascriptExecutor) browser).executeScript("return document.documentElement.lang"));
        return results.getViolations().stream()
                .filter(rule -> FAILING_IMPACTS.contains(rule.getImpact()))
                .map(rule -> describe(results.getUrl(), lang, rule))
                .toList();
    }

    /** Fails with every violation found since the last call. */
    public void assertNoneFound() {
        List<String> all = takeFound();
        if (!all.isEmpty()) {
            throw new AssertionError("Accessibility (axe-core, WCAG 2.2 AA, serious and critical):\n"
                    + String.join("\n", all));
        }
    }

    /** The violations found since the last call, for a test that gathers those of many pages. */
    public List<String> takeFound() {
        List<String> all = List.copyOf(found);
        found.clear();
        return all;
    }

    /** How many pages were checked, so a test can tell that the checks ran. */
    public int pagesChecked() {
        return pagesChecked;
    }

    @Override
    public void beforeAnyWebDriverCall(WebDriver driver, Method method, Object[] args) {
        checkANewPage();
    }

    @Override
    public void afterAnyWebDriverCall(WebDriver driver, Method method, Object[] args, Object result) {
        if (method.getName().equals("get")) {
            checkANewPage();
        }
    }

    @Override
    public void beforeAnyNavigationCall(WebDriver.Navigation navigation, Method method, Object[] args) {
        checkANewPage();
    }

    @Override
    public void beforeAnyWebElementCall(WebElement element, Method method, Object[] args) {
        checkANewPage();
    }

    private void checkANewPage() {
        if (checking) {
            return;
        }
        checking = true;
        try {
            if (isANewPortalPage()) {
                found.addAll(violations(browser));
                pagesChecked++;
                ((JavascriptExecutor) browser).executeScript("window." + MARK + " = true;");
            }
        } catch (WebDriverException pageChangedMeanwhile) {
            // A navigation started between the look and the check: the next call checks the new page.
        } finally {
            checking = false;
        }
    }

    private boolean isANewPortalPage() {
        String url = browser.getCurrentUrl();
        if (url == null || !url.startsWith(EndToEndPorts.APP_URL)
                || NOT_THE_PORTALS.stream().anyMatch(path -> url.startsWith(EndToEndPorts.APP_URL + path))) {
            return false;
        }
        Object fresh = ((JavascriptExecutor) browser).executeScript(
                "return document.readyState === 'complete' && !!document.querySelector('main') && window." + MARK + " !== true;");
        return Boolean.TRUE.equals(fresh);
    }

    private static String describe(String url, String lang, Rule rule) {
        String where = rule.getNodes().stream().limit(5).map(AccessibilityCheck::node).collect(Collectors.joining("\n      "));
        return "  %s [%s] %s (%s): %s\n      %s".formatted(url, lang, rule.getId(), rule.getImpact(), rule.getHelp(), where);
    }

    private static String node(CheckedNode node) {
        String html = node.getHtml();
        return node.getTarget() + " " + (html.length() > 160 ? html.substring(0, 160) + "…" : html);
    }
}
