package cn.baiyun.hte.platform.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import cn.baiyun.hte.support.e2e.EndToEndPorts;
import cn.baiyun.hte.support.e2e.EndToEndTest;
import cn.baiyun.hte.support.e2e.KeycloakTestServer;
import cn.baiyun.hte.support.e2e.PersonSignIn;
import cn.baiyun.hte.support.e2e.PortalBrowser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The drill of a Keycloak outage, against the real Keycloak of the end-to-end tests, stopped and started
 * again: an API token taken before keeps working (the realm's keys are cached by the token decoder, which
 * fetches them again only for a key it has not seen); trying to sign in, by the 登录 link or on the way
 * back from Keycloak, shows the portal's own page saying sign-in is unavailable, in the reader's language;
 * once Keycloak is back, people sign in again without the portal being restarted.
 */
@EndToEndTest
class KeycloakOutageEndToEndTest {

    private static final Pattern STATE = Pattern.compile("[?&]state=([^&]+)");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void whileKeycloakIsDownTokensStillWorkAndSignInSaysItIsUnavailableUntilItIsBack() throws Exception {
        String token = PersonSignIn.accessToken("firm-a", PortalBrowser.PASSWORD);
        assertThat(me(token).statusCode()).isEqualTo(200);
        HttpResponse<String> wayThere = send(request("/oauth2/authorization/portal-web")
                .header("X-Forwarded-Host", "evil.example").header("Forwarded", "host=evil.example;proto=https"));
        assertThat(location(wayThere)).as("the way there while Keycloak is up: the code flow with PKCE, "
                        + "back to the portal's own address whatever an untrusted client forwards")
                .startsWith(KeycloakTestServer.get().issuer() + "/protocol/openid-connect/auth")
                .contains("redirect_uri=" + EndToEndPorts.APP_URL + "/login/oauth2/code/portal-web")
                .doesNotContain("evil.example")
                .contains("response_type=code", "code_challenge_method=S256", "client_id=portal-web");
        Matcher state = STATE.matcher(location(wayThere));
        assertThat(state.find()).isTrue();

        try (PortalBrowser portal = PortalBrowser.start()) {
            KeycloakTestServer.stop();
            try {
                HttpResponse<String> stillAllowed = me(token);
                assertThat(stillAllowed.statusCode()).as(stillAllowed.body()).isEqualTo(200);

                portal.open("/");
                portal.find(By.xpath("//header//a[contains(@href,'/oauth2/authorization/portal-web')]")).click();
                portal.awaitText("暂时无法登录");
                assertThat(portal.driver().getCurrentUrl()).isEqualTo(EndToEndPorts.APP_URL + "/sign-in-unavailable");
                assertThat(portal.driver().getPageSource())
                        .contains("统一身份认证服务暂时无法访问", "已登录的用户可继续使用", "重新登录")
                        .doesNotContain("Exception", "Whitelabel");
                screenshot(portal, "sign-in-unavailable-1280", 1280);
                screenshot(portal, "sign-in-unavailable-390", 390);

                HttpResponse<String> english = send(request("/sign-in-unavailable?lang=en"));
                assertThat(english.statusCode()).isEqualTo(503);
                assertThat(english.headers().firstValue("Retry-After")).hasValue("30");
                assertThat(english.body()).contains("Sign-in is temporarily unavailable", "Try signing in again");

                HttpResponse<String> wayBack = send(request("/login/oauth2/code/portal-web?code=issued-before-the-outage&state="
                        + state.group(1))
                        .header("Cookie", cookies(wayThere)));
                assertThat(wayBack.statusCode()).as("the way back, the code not exchangeable").isEqualTo(302);
                assertThat(location(wayBack)).isEqualTo("/sign-in-unavailable");
            } finally {
                KeycloakTestServer.get();
            }

            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(
                    () -> location(send(request("/oauth2/authorization/portal-web"))),
                    where -> where.startsWith(KeycloakTestServer.get().issuer()));
            portal.signIn("firm-new", "/firms/claim");
            assertThat(portal.find(By.xpath("//header//form[contains(@action,'/logout')]//button")).isDisplayed())
                    .as("signed in again").isTrue();
        }
    }

    private HttpResponse<String> me(String token) throws IOException, InterruptedException {
        return send(request("/api/v1/me").header("Authorization", "Bearer " + token));
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(EndToEndPorts.APP_URL + path)).timeout(Duration.ofSeconds(20));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    /** The session cookie sent back by hand: Java's cookie manager holds back cookies marked Secure. */
    private static String cookies(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .map(cookie -> cookie.split(";", 2)[0])
                .collect(Collectors.joining("; "));
    }

    private static void screenshot(PortalBrowser portal, String name, int width) throws IOException {
        portal.driver().manage().window().setSize(new Dimension(width, 900));
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"),
                ((TakesScreenshot) portal.driver()).getScreenshotAs(OutputType.BYTES));
        portal.driver().manage().window().setSize(new Dimension(1280, 1024));
    }
}
