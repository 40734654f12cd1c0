package cn.baiyun.hte;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import cn.baiyun.hte.support.ExternalMongo;
import cn.baiyun.hte.support.e2e.KeycloakTestServer;
import cn.baiyun.hte.support.e2e.PageSessions;
import cn.baiyun.hte.support.e2e.PortalBrowser;
import cn.baiyun.hte.support.e2e.RealmOrigins;
import cn.baiyun.hte.support.process.ChildJvm;
import cn.baiyun.hte.support.process.PortalProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.openqa.selenium.By;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The application as deployed: {@code SPRING_PROFILES_ACTIVE=production} in the environment, a database in a
 * process of its own given by its URI, the test Keycloak, the actuator on a management port of its own. It
 * runs in a JVM of its own from the test class path ({@link PortalProcess}): Surefire runs before the jar is
 * packaged, and the image's entrypoint is proven on the extracted jar by the image test. Checked: health, a
 * sign-in with the session cookie's attributes, metrics on the management port only, every line of its
 * output one JSON object, the security headers, one journey in a browser with nothing blocked by the
 * Content-Security-Policy, and that without a database URI it refuses to start even when the embedded one
 * is asked for.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProductionProfileTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    Path folder;
    ExternalMongo database;
    PortalProcess portal;
    String publicUrl;

    @BeforeAll
    void theApplicationInProduction() throws IOException {
        folder = Files.createTempDirectory(Path.of("target"), "production-profile-");
        database = ExternalMongo.startInMemory("256m", folder.resolve("database.log"));
        // Settings as a deployment gives them: environment variables (k8s/ sets the same ones).
        Map<String, String> environment = Map.of(
                "SPRING_PROFILES_ACTIVE", "production",
                "SPRING_MONGODB_URI", database.uri("hte"),
                "HTE_KEYCLOAK_URL", KeycloakTestServer.get().url(),
                "HTE_KEYCLOAK_CLIENT_SECRET", "portal-web-demo-secret",
                "HTE_PUBLIC_URL", "https://hte.example.cn",
                // the test stands where the ingress would, so that its forwarded headers count
                "HTE_TRUSTED_PROXIES", "127.0.0.1/32",
                "HTE_MANAGEMENT_PORT", String.valueOf(PortalProcess.freePort()));
        portal = PortalProcess.start(Map.of(PortalProcess.MANAGEMENT_PORT, environment.get("HTE_MANAGEMENT_PORT")),
                environment, folder.resolve("portal.log"));
        // The origin the browser and Keycloak use: "localhost" is a secure context for the Secure cookie.
        publicUrl = portal.url().replace("127.0.0.1", "localhost");
        RealmOrigins.allow(publicUrl);
    }

    @AfterAll
    void stop() {
        if (portal != null) {
            portal.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    @Order(1)
    void livenessAndReadinessAreUpOnTheManagementPortAndTheActuatorIsNotOnThePublicOne() throws Exception {
        for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness", "/actuator/health")) {
            HttpResponse<String> health = get(portal.managementUrl() + probe, Map.of());
            assertThat(health.statusCode()).as(probe).isEqualTo(200);
            assertThat(JSON.readTree(health.body()).path("status").asString()).as(probe).isEqualTo("UP");
        }
        for (String endpoint : List.of("/actuator/prometheus", "/actuator/health")) {
            HttpResponse<String> onPublicPort = get(portal.url() + endpoint, Map.of());
            assertThat(onPublicPort.statusCode()).as(endpoint + " on the public port").isNotEqualTo(200);
            assertThat(onPublicPort.body()).doesNotContain("jvm_memory", "\"UP\"");
        }
    }

    @Test
    @Order(2)
    void aPersonSignsInWithASessionCookieThatIsSecureHttpOnlyAndLax() throws Exception {
        HttpResponse<String> start = get(publicUrl + "/oauth2/authorization/portal-web", Map.of());
        String cookie = start.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith(PageSessions.COOKIE + "=")).findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("; Secure").containsIgnoringCase("; HttpOnly")
                .containsIgnoringCase("; SameSite=Lax");

        String session = PageSessions.signIn(publicUrl, "reviewer", PortalBrowser.PASSWORD);
        HttpResponse<String> queue = get(publicUrl + "/reviewer/claims", Map.of("Cookie", PageSessions.COOKIE + "=" + session));
        assertThat(queue.statusCode()).as("signed in (%s)", queue.headers().firstValue("Location")).isEqualTo(200);
    }

    @Test
    @Order(3)
    void pagesCarryTheContentSecurityPolicyAndHstsWhenTheIngressSaysHttps() throws Exception {
        HttpResponse<String> home = get(publicUrl + "/", Map.of("X-Forwarded-Proto", "https"));
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Security-Policy")).get(InstanceOfAssertFactories.STRING)
                .contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(home.headers().firstValue("Strict-Transport-Security")).get(InstanceOfAssertFactories.STRING)
                .contains("max-age=");
        assertThat(home.headers().firstValue("X-Request-ID")).as("for a reader who reports a problem").isPresent();
    }

    @Test
    @Order(4)
    void aJourneyInTheBrowserWorksWithNothingBlockedByTheContentSecurityPolicy() {
        try (PortalBrowser browser = PortalBrowser.start(publicUrl)) {
            browser.signIn("reviewer", "/reviewer/claims");
            browser.open("/announcements");
            browser.find(By.cssSelector("main#main"));
            browser.signOut();
        }
    }

    @Test
    @Order(5)
    void metricsOnTheManagementPortIncludeRequestsDatabaseJvmAndTheWorkWaiting() throws Exception {
        HttpResponse<String> metrics = get(portal.managementUrl() + "/actuator/prometheus", Map.of());
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("http_server_requests_seconds_count", "jvm_memory_used_bytes",
                "mongodb_driver_commands_seconds", "hte_work_waiting{", "hte_filings_submitted_total",
                "hte_scheduled_runs_total", "application=\"hte-portal\"");
    }

    @Test
    @Order(6)
    void everyLineTheApplicationPrintedIsOneJsonObjectAndRequestsAreLoggedWithTheirIdsAndNoToken() {
        List<String> lines = portal.output();
        assertThat(lines).isNotEmpty();
        boolean signedInRequestLogged = false;
        for (String line : lines) {
            JsonNode entry;
            try {
                entry = JSON.readTree(line);
            } catch (RuntimeException notJson) {
                throw new AssertionError("Not a JSON line: " + line, notJson);
            }
            assertThat(entry.isObject()).as(line).isTrue();
            assertThat(line).as("no credential is ever logged")
                    .doesNotContain("Bearer ey", "access_token", PortalBrowser.PASSWORD, "portal-web-demo-secret");
            if (!field(entry, "request.id").isEmpty() && !field(entry, "user.id").isEmpty()) {
                signedInRequestLogged = true;
            }
        }
        assertThat(signedInRequestLogged).as("an access line with the request id and the signed-in user's id")
                .isTrue();
    }

    @Test
    @Order(7)
    void withoutADatabaseUriItRefusesToStartEvenWhenTheEmbeddedDatabaseIsAskedFor() {
        try (ChildJvm refused = ChildJvm.start(PortalProcess.class, List.of("-Xmx256m", "-XX:TieredStopAtLevel=1"),
                List.of("--server.port=0"),
                Map.of("SPRING_PROFILES_ACTIVE", "production", "HTE_EMBEDDED_MONGO", "true",
                        "HTE_KEYCLOAK_URL", KeycloakTestServer.get().url(), "HTE_KEYCLOAK_CLIENT_SECRET", "secret",
                        "HTE_PUBLIC_URL", "https://hte.example.cn"),
                folder.resolve("refused.log"))) {
            refused.awaitLine(Pattern.compile("Set SPRING_MONGODB_URI"), Duration.ofMinutes(2));
        } catch (IllegalStateException e) {
            fail("The production start without a database URI did not say what to set", e);
        }
    }

    @Test
    @Order(8)
    void startsWithoutAWarningSoThatAnOperatorNeedNotLearnWhichOnesToIgnore() {
        List<String> startUp = portal.output().stream()
                .takeWhile(line -> !field(JSON.readTree(line), "message").startsWith("Started "))
                .toList();
        assertThat(startUp).as("lines before start-up completed").isNotEmpty()
                .noneMatch(line -> List.of("WARN", "ERROR").contains(field(JSON.readTree(line), "log.level")));
    }

    /** A field of a log entry, whether the JSON layout keeps the dotted name or nests it. */
    private static String field(JsonNode entry, String dotted) {
        JsonNode flat = entry.path(dotted);
        if (!flat.isMissingNode()) {
            return flat.asString();
        }
        JsonNode nested = entry;
        for (String part : dotted.split("\\.")) {
            nested = nested.path(part);
        }
        return nested.isMissingNode() ? "" : nested.asString();
    }

    private HttpResponse<String> get(String url, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT);
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
