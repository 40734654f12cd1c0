package cn.baiyun.hte.support.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium driven by its matching ChromeDriver, both taken from the machine (never
 * downloaded). Where they are missing the browser tests are skipped loudly, unless
 * {@code HTE_E2E_REQUIRED=true} (set in CI), where they fail.
 */
public final class Chromium {

    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path BROWSER = Path.of("/usr/lib/chromium/chromium");

    private Chromium() {
    }

    /** @param downloads where the browser saves downloaded files, without asking */
    public static ChromeDriver start(Path downloads) {
        requireInstalled();
        ChromeOptions options = new ChromeOptions();
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        options.setBinary(BROWSER.toFile());
        // The console, where the browser reports what the Content-Security-Policy blocked (ContentSecurityCheck).
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--lang=zh-CN", "--window-size=1280,1024",
                "--user-data-dir=" + freshDirectory("chromium-profile-"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    private static void requireInstalled() {
        boolean installed = Files.isExecutable(DRIVER) && Files.isExecutable(BROWSER);
        if (installed) {
            return;
        }
        String message = "Chromium or ChromeDriver is missing (" + BROWSER + ", " + DRIVER
                + "): install them with apt-get install -y chromium chromium-driver";
        if (Boolean.parseBoolean(System.getenv("HTE_E2E_REQUIRED"))) {
            throw new IllegalStateException(message + ". HTE_E2E_REQUIRED=true, so the browser tests must run.");
        }
        System.err.println("""

                ############################################################################
                #  BROWSER TESTS SKIPPED: %s
                ############################################################################
                """.formatted(message));
        Assumptions.abort(message);
    }

    static Path freshDirectory(String prefix) {
        try {
            return Files.createTempDirectory(Path.of("target").toAbsolutePath(), prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
