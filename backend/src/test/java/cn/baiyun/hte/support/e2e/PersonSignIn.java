package cn.baiyun.hte.support.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person of the realm signs in the way a program acting for them does: the authorization-code flow with
 * PKCE of the {@code portal-web} client, through Keycloak's own login form, ending with the person's access
 * token (the realm allows no password grant). The code comes back to the test application's redirect URI,
 * which this reads from the redirect instead of following it.
 */
public final class PersonSignIn {

    private static final String CLIENT_ID = "portal-web";
    /** The demo realm's secret of portal-web, as the application's default configuration names it. */
    private static final String CLIENT_SECRET = "portal-web-demo-secret";
    private static final Pattern LOGIN_FORM_ACTION = Pattern.compile("id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("[?&]code=([^&]+)");

    private PersonSignIn() {
    }

    /** The access token Keycloak issues to {@code username} after signing in with {@code password}. */
    public static String accessToken(String username, String password) {
        String redirectUri = EndToEndPorts.APP_URL + "/login/oauth2/code/" + CLIENT_ID;
        String verifier = randomVerifier();
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> loginPage = send(http, HttpRequest.newBuilder(URI.create(
                KeycloakTestServer.get().issuer() + "/protocol/openid-connect/auth?client_id=" + CLIENT_ID
                        + "&response_type=code&scope=openid&state=end-to-end&redirect_uri=" + encode(redirectUri)
                        + "&code_challenge_method=S256&code_challenge=" + challenge(verifier))).build());
        Matcher action = LOGIN_FORM_ACTION.matcher(loginPage.body());
        if (!action.find()) {
            throw new IllegalStateException("Keycloak showed no login form:\n" + loginPage.body());
        }
        HttpResponse<String> signedIn = send(http, HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Cookie", cookies(loginPage))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password=" + encode(password)))
                .build());
        String location = signedIn.headers().firstValue("Location").orElse("");
        Matcher code = CODE.matcher(location);
        if (signedIn.statusCode() != 302 || !location.startsWith(redirectUri) || !code.find()) {
            throw new IllegalStateException("Keycloak did not sign " + username + " in (" + signedIn.statusCode()
                    + ", Location " + location + ")");
        }
        return KeycloakTestServer.token(CLIENT_ID, CLIENT_SECRET, "grant_type=authorization_code&code=" + code.group(1)
                + "&redirect_uri=" + encode(redirectUri) + "&code_verifier=" + verifier);
    }

    /**
     * The login session's cookies, sent back by hand: Keycloak marks them {@code Secure}, which browsers
     * honour on http://localhost but Java's cookie manager does not.
     */
    private static String cookies(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .map(cookie -> cookie.split(";", 2)[0])
                .collect(Collectors.joining("; "));
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot reach Keycloak at " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String randomVerifier() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
