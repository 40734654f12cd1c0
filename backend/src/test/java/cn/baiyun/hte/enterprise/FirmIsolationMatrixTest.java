package cn.baiyun.hte.enterprise;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import cn.baiyun.hte.platform.paging.PageOf;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFiles;
import cn.baiyun.hte.support.UploadRequest;
import cn.baiyun.hte.support.isolation.IsolationMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;
import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * The enterprise feature's endpoints and pages in the isolation matrix, plus the firm list's filter. The
 * pending claim on firm A carries a business licence: only its claimant and reviewers may open it, not
 * even firm A's own member.
 */
@PortalIntegrationTest
class FirmIsolationMatrixTest extends IsolationMatrix {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Autowired
    ClaimService claims;

    @Override
    protected void prepare() {
        claims.attach(callers.get(Caller.PENDING_CLAIMANT).user(), pendingClaimOnA, new ClaimUpload("BUSINESS_LICENCE",
                "营业执照.pdf", Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(TestFiles.pdf(100)))))
                .block(TIMEOUT);
    }

    private static UploadRequest licence() {
        return UploadRequest.file("营业执照.png", TestFiles.png()).inPart("document")
                .field("documentKind", "BUSINESS_LICENCE");
    }

    //                         MEMBER       OTHER_FIRM   PENDING      REVIEWER     DEPARTMENT  CLIENT
    @Override
    protected Stream<Case> apiCases() {
        return Stream.of(
                Case.of("GET /api/v1/enterprises/{A}", c -> c.get().uri("/api/v1/enterprises/{id}", firmA),
                        OK, NOT_FOUND, NOT_FOUND, OK, FORBIDDEN, OK),
                Case.of("PUT /api/v1/enterprises/{A}", c -> c.put().uri("/api/v1/enterprises/{id}", firmA)
                                .contentType(MediaType.APPLICATION_JSON)
                                .bodyValue(Map.of("name", "隔离测试甲公司", "lifecycleStage", "REGISTERED_FIRM")),
                        OK, NOT_FOUND, NOT_FOUND, OK, FORBIDDEN, FORBIDDEN),
                Case.of("GET /api/v1/enterprises", c -> c.get().uri("/api/v1/enterprises"),
                        OK, OK, OK, OK, FORBIDDEN, OK),
                Case.of("GET /api/v1/claims/pending", c -> c.get().uri("/api/v1/claims/pending"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN),
                // An empty reason: the reviewer gets through to validation, everyone else is refused first.
                Case.of("POST /api/v1/claims/{claim}/rejection", c -> c.post()
                                .uri("/api/v1/claims/{id}/rejection", pendingClaimOnA)
                                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "")),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, BAD_REQUEST, FORBIDDEN, FORBIDDEN),
                // An unknown claim id: the reviewer learns it does not exist, everyone else is refused first.
                Case.of("POST /api/v1/claims/{claim}/approval", c -> c.post()
                                .uri("/api/v1/claims/{id}/approval", UNKNOWN_ID),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, FORBIDDEN, FORBIDDEN),
                // An empty claim: firm users get through to validation; nobody else may claim.
                Case.of("POST /api/v1/claims", c -> c.post().uri("/api/v1/claims")
                                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("uscc", "", "name", "")),
                        BAD_REQUEST, BAD_REQUEST, BAD_REQUEST, FORBIDDEN, FORBIDDEN, FORBIDDEN),
                // Clients never claim: the operation is for people only.
                Case.of("GET /api/v1/claims/mine", c -> c.get().uri("/api/v1/claims/mine"),
                        OK, OK, OK, OK, OK, FORBIDDEN),
                Case.of("GET /api/v1/me", c -> c.get().uri("/api/v1/me"),
                        OK, OK, OK, OK, OK, OK),
                // A claim's document: its claimant and reviewers, nobody else, not even the firm's member.
                Case.of("GET /api/v1/claims/{claim}/document/content", c -> c.get()
                                .uri("/api/v1/claims/{id}/document/content", pendingClaimOnA),
                        NOT_FOUND, NOT_FOUND, OK, OK, FORBIDDEN, FORBIDDEN),
                Case.of("GET /api/v1/claims/{unknown}/document/content", c -> c.get()
                                .uri("/api/v1/claims/{id}/document/content", UNKNOWN_ID),
                        NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN),
                // Only the claimant attaches; reviewers decide claims, they do not make them.
                Case.of("PUT /api/v1/claims/{claim}/document", c -> licence().postTo(c.put()
                                .uri("/api/v1/claims/{id}/document", pendingClaimOnA)),
                        NOT_FOUND, NOT_FOUND, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN),
                // The national catalogue: no firm's data, so every signed-in caller reads it.
                Case.of("GET /api/v1/technical-fields", c -> c.get().uri("/api/v1/technical-fields"),
                        OK, OK, OK, OK, OK, OK));
    }

    //                         MEMBER       OTHER_FIRM   PENDING      REVIEWER     DEPARTMENT
    @Override
    protected Stream<Case> pageCases() {
        return Stream.of(
                Case.of("GET /firms/{A}", c -> c.get().uri("/firms/{id}", firmA),
                        OK, NOT_FOUND, NOT_FOUND, OK, FORBIDDEN),
                Case.of("GET /firms/{A}/edit", c -> c.get().uri("/firms/{id}/edit", firmA),
                        OK, NOT_FOUND, NOT_FOUND, OK, FORBIDDEN),
                Case.of("POST /firms/{A}/edit", c -> c.mutateWith(csrf()).post().uri("/firms/{id}/edit", firmA)
                                .body(BodyInserters.fromFormData("name", "隔离测试甲公司")
                                        .with("lifecycleStage", "REGISTERED_FIRM")
                                        .with("version", String.valueOf(firms.stored(firmA).version()))),
                        SEE_OTHER, NOT_FOUND, NOT_FOUND, SEE_OTHER, FORBIDDEN),
                Case.of("GET /firms/claim", c -> c.get().uri("/firms/claim"),
                        OK, OK, OK, FORBIDDEN, FORBIDDEN),
                Case.of("GET /claims/{claim}/document", c -> c.get().uri("/claims/{id}/document", pendingClaimOnA),
                        NOT_FOUND, NOT_FOUND, OK, OK, FORBIDDEN),
                Case.of("GET /reviewer/claims", c -> c.get().uri("/reviewer/claims"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN),
                Case.of("GET /reviewer/firms", c -> c.get().uri("/reviewer/firms"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN),
                Case.of("POST /reviewer/claims/{claim}/approval", c -> c.mutateWith(csrf()).post()
                                .uri("/reviewer/claims/{id}/approval", UNKNOWN_ID),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, FORBIDDEN),
                Case.of("POST /reviewer/claims/{claim}/rejection", c -> c.mutateWith(csrf()).post()
                                .uri("/reviewer/claims/{id}/rejection", UNKNOWN_ID)
                                .body(BodyInserters.fromFormData("reason", "材料不全")),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, FORBIDDEN),
                // An empty claim: firm users get the form back with its errors; nobody else may claim.
                Case.of("POST /firms/claim", c -> UploadRequest.file("营业执照.png", TestFiles.png()).inPart("document")
                                .field("uscc", "").field("name", "").field("documentKind", "BUSINESS_LICENCE")
                                .postTo(c.mutateWith(csrf()).post().uri("/firms/claim")),
                        OK, OK, OK, FORBIDDEN, FORBIDDEN));
    }

    @ParameterizedTest(name = "firm list filtered by A's code, as {0}")
    @MethodSource("firmUsers")
    void firmListNeverShowsAnotherFirmToAFirmUser(Caller caller) {
        var body = web.mutateWith(callers.get(caller).bearer()).get()
                .uri(b -> b.path("/api/v1/enterprises").queryParam("uscc", firmAUscc).build())
                .exchange()
                .expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<PageOf<EnterpriseResource>>() { }).returnResult().getResponseBody();

        assertThat(body.items()).extracting(EnterpriseResource::id)
                .as("firms that %s sees", caller)
                .isEqualTo(caller == Caller.MEMBER ? List.of(firmA) : List.of());
    }

    @Test
    void claimingAnotherFirmsCodeRevealsNothingOfItUntilApproved() {
        Principals curious = Principals.firmUser("curious");
        String answer = web.mutateWith(curious.bearer()).post().uri("/api/v1/claims")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("uscc", firmAUscc, "name", "随便填的名称"))
                .exchange()
                .expectStatus().isCreated()
                .expectBody(String.class).returnResult().getResponseBody();
        String mine = web.mutateWith(curious.bearer()).get().uri("/api/v1/claims/mine").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        String claimPage = page(curious, "/firms/claim");
        String home = page(curious, "/");

        for (String seen : List.of(answer, mine, claimPage, home)) {
            assertThat(seen).contains("随便填的名称").doesNotContain(firmA, "隔离测试甲公司");
        }
        assertThat(answer).contains("\"uscc\":\"" + firmAUscc + "\"", "\"status\":\"PENDING\"");
        assertThat(web.mutateWith(callers.get(Caller.PENDING_CLAIMANT).bearer()).get().uri("/api/v1/claims/mine")
                .exchange().expectBody(String.class).returnResult().getResponseBody())
                .as("the matrix's own pending claimant").contains(pendingClaimOnA).doesNotContain(firmA);
        assertThat(web.mutateWith(callers.get(Caller.MEMBER).bearer()).get().uri("/api/v1/claims/mine")
                .exchange().expectBody(String.class).returnResult().getResponseBody())
                .as("an approved member sees the firm").contains(firmA, "隔离测试甲公司");
    }

    private String page(Principals who, String path) {
        return web.mutateWith(who.session()).get().uri(path).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    Stream<Caller> firmUsers() {
        return Stream.of(Caller.MEMBER, Caller.OTHER_FIRM_USER, Caller.PENDING_CLAIMANT);
    }
}
