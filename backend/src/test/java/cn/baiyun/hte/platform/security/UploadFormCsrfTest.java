package cn.baiyun.hte.platform.security;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.UploadRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upload form's CSRF token travels as the form's first field, never in its address, and the real check
 * (no test bypass) takes it from there while the upload still streams to its handler.
 */
@PortalIntegrationTest
class UploadFormCsrfTest {

    static final Pattern FORM_AND_FIRST_INPUT = Pattern.compile(
            "<form id=\"claim-form\" action=\"([^\"]*)\"[^>]*>\\s*<input type=\"hidden\" name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    WebTestClient web;

    WebTestClient signedIn;
    String session;
    String action;
    String token;

    @BeforeEach
    void theClaimPageWithItsForm() {
        signedIn = web.mutateWith(Principals.firmUser("upload-csrf").session());
        var page = signedIn.get().uri("/firms/claim").exchange().expectStatus().isOk().returnResult(String.class);
        ResponseCookie cookie = page.getResponseCookies().getFirst("SESSION");
        String html = String.join("", page.getResponseBody().collectList().block());
        Matcher form = FORM_AND_FIRST_INPUT.matcher(html);
        assertThat(form.find()).as("the form's first field is its CSRF token").isTrue();
        session = cookie.getValue();
        action = form.group(1);
        token = form.group(2);
    }

    @Test
    void theFormsAddressCarriesNoToken() {
        assertThat(action).isEqualTo("/firms/claim");
    }

    @Test
    void theTokenAsTheFirstFieldPassesAndTheUploadReachesItsHandler() {
        UploadRequest.file("营业执照.pdf", "%PDF-1.4 licence".getBytes())
                .field("_csrf", token).field("uscc", "not-a-code").field("name", "测试").inPart("document")
                .postTo(signedIn.post().uri("/firms/claim").cookie("SESSION", session))
                .exchange()
                // The handler read the form: the code is wrong, so the page answers with its inline error.
                .expectStatus().isOk()
                .expectBody(String.class).value(html -> assertThat(html).contains("error-summary"));
    }

    @Test
    void withoutTheFieldOrWithTheTokenInTheAddressTheUploadIsRefused() {
        UploadRequest.file("营业执照.pdf", "%PDF-1.4 licence".getBytes())
                .field("uscc", "not-a-code").field("name", "测试").inPart("document")
                .postTo(signedIn.post().uri("/firms/claim").cookie("SESSION", session))
                .exchange()
                .expectStatus().isForbidden();
        UploadRequest.file("营业执照.pdf", "%PDF-1.4 licence".getBytes())
                .field("uscc", "not-a-code").field("name", "测试").inPart("document")
                .postTo(signedIn.post().uri("/firms/claim?_csrf={token}", token).cookie("SESSION", session))
                .exchange()
                .expectStatus().isForbidden();
    }
}
