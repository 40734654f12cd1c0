package cn.baiyun.hte.enterprise;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFirms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * Every endpoint and page of the enterprise feature, called about firm A by every kind of caller. Firm
 * users who are not approved members of A must get exactly what they would get for a firm that does
 * not exist (404); roles that never touch firm data get 403; nobody anonymous gets in.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FirmIsolationMatrixTest {

    enum Caller { MEMBER, OTHER_FIRM_USER, PENDING_CLAIMANT, REVIEWER, DEPARTMENT, INTEGRATION_CLIENT, ANONYMOUS }

    @Autowired
    WebTestClient web;
    @Autowired
    TestFirms firms;
    @Autowired
    EnterpriseService enterprises;

    final Map<Caller, Principals> callers = new EnumMap<>(Caller.class);
    String firmA;
    String firmAUscc;
    String pendingClaimOnA;

    @BeforeAll
    void firmAWithAMemberAndAPendingClaimant() {
        callers.put(Caller.MEMBER, Principals.firmUser("member"));
        callers.put(Caller.OTHER_FIRM_USER, Principals.firmUser("other"));
        callers.put(Caller.PENDING_CLAIMANT, Principals.firmUser("claimant"));
        callers.put(Caller.REVIEWER, Principals.reviewer());
        callers.put(Caller.DEPARTMENT, Principals.department("工信局"));
        callers.put(Caller.INTEGRATION_CLIENT, Principals.integrationClient(FirmAccess.READ_SCOPE));

        firmA = firms.approvedFirm(callers.get(Caller.MEMBER), "隔离测试甲公司");
        firms.approvedFirm(callers.get(Caller.OTHER_FIRM_USER), "隔离测试乙公司");
        firmAUscc = enterprises.find(Principals.reviewer().user(), firmA).block().uscc();
        pendingClaimOnA = firms.pendingClaim(callers.get(Caller.PENDING_CLAIMANT), firmAUscc, "隔离测试甲公司").id();
    }

    /** A request about firm A made with an already authenticated (or anonymous) client. */
    interface Call {
        WebTestClient.RequestHeadersSpec<?> on(WebTestClient client, FirmIsolationMatrixTest data);
    }

    /** One endpoint or page with the status each caller must get, in the order of {@link Caller}. */
    record Case(String name, Call call, Map<Caller, HttpStatus> expected) {

        static Case of(String name, Call call, HttpStatus... statuses) {
            Map<Caller, HttpStatus> expected = new EnumMap<>(Caller.class);
            for (int i = 0; i < statuses.length; i++) {
                expected.put(Caller.values()[i], statuses[i]);
            }
            return new Case(name, call, expected);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final HttpStatus OK = HttpStatus.OK;
    static final HttpStatus NOT_FOUND = HttpStatus.NOT_FOUND;
    static final HttpStatus FORBIDDEN = HttpStatus.FORBIDDEN;
    static final HttpStatus BAD_REQUEST = HttpStatus.BAD_REQUEST;
    static final HttpStatus SEE_OTHER = HttpStatus.SEE_OTHER;

    //                         MEMBER       OTHER_FIRM   PENDING      REVIEWER     DEPARTMENT  CLIENT
    static Stream<Case> apiCases() {
        return Stream.of(
                Case.of("GET /api/v1/enterprises/{A}", (c, t) -> c.get().uri("/api/v1/enterprises/{id}", t.firmA),
                        OK, NOT_FOUND, NOT_FOUND, OK, FORBIDDEN, OK),
                Case.of("PUT /api/v1/enterprises/{A}", (c, t) -> c.put().uri("/api/v1/enterprises/{id}", t.firmA)
                                .contentType(MediaType.APPLICATION_JSON)
                                .bodyValue(Map.of("name", "隔离测试甲公司", "lifecycleStage", "REGISTERED_FIRM")),
                        OK, NOT_FOUND, NOT_FOUND, OK, FORBIDDEN, FORBIDDEN),
                Case.of("GET /api/v1/enterprises", (c, t) -> c.get().uri("/api/v1/enterprises"),
                        OK, OK, OK, OK, FORBIDDEN, OK),
                Case.of("GET /api/v1/claims/pending", (c, t) -> c.get().uri("/api/v1/claims/pending"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN),
                // An empty reason: the reviewer gets through to validation, everyone else is refused first.
                Case.of("POST /api/v1/claims/{claim}/rejection", (c, t) -> c.post()
                                .uri("/api/v1/claims/{id}/rejection", t.pendingClaimOnA)
                                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "")),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, BAD_REQUEST, FORBIDDEN, FORBIDDEN),
                // An unknown claim id: the reviewer learns it does not exist, everyone else is refused first.
                Case.of("POST /api/v1/claims/{claim}/approval", (c, t) -> c.post()
                                .uri("/api/v1/claims/{id}/approval", UNKNOWN_ID),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, FORBIDDEN, FORBIDDEN),
                // An empty claim: firm users get through to validation; nobody else may claim.
                Case.of("POST /api/v1/claims", (c, t) -> c.post().uri("/api/v1/claims")
                                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("uscc", "", "name", "")),
                        BAD_REQUEST, BAD_REQUEST, BAD_REQUEST, FORBIDDEN, FORBIDDEN, FORBIDDEN),
                Case.of("GET /api/v1/claims/mine", (c, t) -> c.get().uri("/api/v1/claims/mine"),
                        OK, OK, OK, OK, OK, OK),
                Case.of("GET /api/v1/me", (c, t) -> c.get().uri("/api/v1/me"),
                        OK, OK, OK, OK, OK, OK));
    }

    //                         MEMBER       OTHER_FIRM   PENDING      REVIEWER     DEPARTMENT
    static Stream<Case> pageCases() {
        return Stream.of(
                Case.of("GET /firms/{A}", (c, t) -> c.get().uri("/firms/{id}", t.firmA),
                        OK, NOT_FOUND, NOT_FOUND, OK, FORBIDDEN),
                Case.of("GET /firms/{A}/edit", (c, t) -> c.get().uri("/firms/{id}/edit", t.firmA),
                        OK, NOT_FOUND, NOT_FOUND, OK, FORBIDDEN),
                Case.of("POST /firms/{A}/edit", (c, t) -> c.mutateWith(csrf()).post().uri("/firms/{id}/edit", t.firmA)
                                .body(BodyInserters.fromFormData("name", "隔离测试甲公司")
                                        .with("lifecycleStage", "REGISTERED_FIRM")),
                        SEE_OTHER, NOT_FOUND, NOT_FOUND, SEE_OTHER, FORBIDDEN),
                Case.of("GET /firms/claim", (c, t) -> c.get().uri("/firms/claim"),
                        OK, OK, OK, FORBIDDEN, FORBIDDEN),
                Case.of("GET /reviewer/claims", (c, t) -> c.get().uri("/reviewer/claims"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN),
                Case.of("GET /reviewer/firms", (c, t) -> c.get().uri("/reviewer/firms"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN),
                Case.of("POST /reviewer/claims/{claim}/approval", (c, t) -> c.mutateWith(csrf()).post()
                                .uri("/reviewer/claims/{id}/approval", UNKNOWN_ID),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, FORBIDDEN));
    }

    static final String UNKNOWN_ID = "0123456789abcdef01234567";

    static Stream<Arguments> apiMatrix() {
        return apiCases().flatMap(c -> Stream.of(Caller.values()).map(caller -> Arguments.of(c, caller)));
    }

    static Stream<Arguments> pageMatrix() {
        return pageCases().flatMap(c -> Stream.of(Caller.values())
                .filter(caller -> caller != Caller.INTEGRATION_CLIENT)
                .map(caller -> Arguments.of(c, caller)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("apiMatrix")
    void apiAnswersEachCallerAsTheMatrixSays(Case api, Caller caller) {
        WebTestClient client = caller == Caller.ANONYMOUS ? web : web.mutateWith(callers.get(caller).bearer());
        HttpStatus expected = caller == Caller.ANONYMOUS ? HttpStatus.UNAUTHORIZED : api.expected().get(caller);

        var response = api.call().on(client, this).exchange().expectStatus().isEqualTo(expected);

        if (expected.isError()) {
            response.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("pageMatrix")
    void pagesAnswerEachPersonAsTheMatrixSays(Case page, Caller caller) {
        if (caller == Caller.ANONYMOUS) {
            page.call().on(web, this).exchange()
                    .expectStatus().isFound()
                    .expectHeader().valueEquals("Location", "/oauth2/authorization/portal-web");
            return;
        }
        page.call().on(web.mutateWith(callers.get(caller).session()), this).exchange()
                .expectStatus().isEqualTo(page.expected().get(caller));
    }

    @ParameterizedTest(name = "firm list filtered by A's code, as {0}")
    @MethodSource("firmUsers")
    void firmListNeverShowsAnotherFirmToAFirmUser(Caller caller) {
        var body = web.mutateWith(callers.get(caller).bearer()).get()
                .uri(b -> b.path("/api/v1/enterprises").queryParam("uscc", firmAUscc).build())
                .exchange()
                .expectStatus().isOk()
                .expectBody(EnterpriseList.class).returnResult().getResponseBody();

        assertThat(body.items()).extracting(EnterpriseResource::id)
                .as("firms that %s sees", caller)
                .isEqualTo(caller == Caller.MEMBER ? List.of(firmA) : List.of());
    }

    static Stream<Caller> firmUsers() {
        return Stream.of(Caller.MEMBER, Caller.OTHER_FIRM_USER, Caller.PENDING_CLAIMANT);
    }
}
