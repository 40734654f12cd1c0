package cn.baiyun.hte.support.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person signs in to the portal's pages without a browser: the portal's own sign-in (authorization code with
 * PKCE through Keycloak's login form), followed by hand, ending with the portal's session cookie. For tests that
 * need a page session of an application in another process (whose origin {@link RealmOrigins} allowed).
 */
public final class PageSessions {

    public static final String COOKIE = "SESSION";
    private static final Pattern LOGIN_FORM_ACTION = Pattern.compile("id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile(COOKIE + "=([^;]+)");

    private PageSessions() {
    }

    /** The value of the portal's session cookie after {@code username} signed in at {@code appUrl}. */
    public static String signIn(String appUrl, String username, String password) {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> start = send(http, HttpRequest.newBuilder(URI.create(appUrl
                + "/oauth2/authorization/portal-web")));
        String pending = session(start).orElseThrow(() -> new IllegalStateException(
                "The portal kept no session for the sign-in: " + start.headers().map()));
        HttpResponse<String> loginPage = send(http, HttpRequest.newBuilder(location(start)));
        Matcher action = LOGIN_FORM_ACTION.matcher(loginPage.body());
        if (!action.find()) {
            throw new IllegalStateException("Keycloak showed no login form:\n" + loginPage.body());
        }
        HttpResponse<String> signedIn = send(http, HttpRequest.newBuilder(URI.create(action.group(1)
                        .replace("&amp;", "&")))
                .header("Cookie", cookies(loginPage))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password="
                        + encode(password))));
        URI back = location(signedIn);
        if (!back.toString().startsWith(appUrl)) {
            throw new IllegalStateException("Keycloak did not send " + username + " back to the portal: " + back);
        }
        HttpResponse<String> landed = send(http, HttpRequest.newBuilder(back).header("Cookie", COOKIE + "=" + pending));
        if (landed.statusCode() != 302 || location(landed).getPath().startsWith("/login")) {
            throw new IllegalStateException("The portal did not accept the sign-in of " + username + " ("
                    + landed.statusCode() + ", " + landed.headers().firstValue("Location").orElse("") + ")");
        }
        return session(landed).orElse(pending);
    }

    private static Optional<String> session(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::lookingAt)
                .map(matcher -> matcher.group(1)).reduce((first, last) -> last);
    }

    private static URI location(HttpResponse<?> response) {
        return response.uri().resolve(response.headers().firstValue("Location").orElseThrow(() ->
                new IllegalStateException(response.uri() + " answered " + response.statusCode() + " without a redirect")));
    }

    /** Keycloak's login session cookies, sent back by hand (they are {@code Secure}; see {@link PersonSignIn}). */
    private static String cookies(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .map(cookie -> cookie.split(";", 2)[0])
                .collect(Collectors.joining("; "));
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot reach " + request.build().uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
