package cn.baiyun.hte.referral;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import cn.baiyun.hte.platform.security.Scopes;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.isolation.IsolationMatrix;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * Every referral endpoint and page, for every kind of caller. The matrix's department officer (工信局)
 * is department A and has referred firm A; department B's officer, a department system holding
 * {@code referrals:write} and one without a department claim are the callers this feature adds. Writes
 * send an empty body or a repeat of A's referral, so that nothing is added and A's referral stays as
 * prepared, which is checked at the end. B never sees A's referral, on the API or on the page.
 */
@PortalIntegrationTest
class ReferralIsolationMatrixTest extends IsolationMatrix {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String REFERRALS = "/api/v1/referrals";
    private static final String DEPARTMENT_A = "工信局";
    private static final String DEPARTMENT_B = "大数据局";

    /** The callers that only this feature tells apart. */
    enum Extra { DEPARTMENT_B, SYSTEM_OF_A, SYSTEM_WITHOUT_DEPARTMENT }

    @Autowired
    ReferralRepository referrals;

    final Map<Extra, Principals> extras = new EnumMap<>(Extra.class);
    Referral prepared;

    @Override
    protected void prepare() {
        extras.put(Extra.DEPARTMENT_B, Principals.department(DEPARTMENT_B));
        extras.put(Extra.SYSTEM_OF_A, Principals.departmentClient(DEPARTMENT_A, Scopes.REFERRALS_WRITE, Scopes.REFERRALS_READ));
        extras.put(Extra.SYSTEM_WITHOUT_DEPARTMENT, Principals.integrationClient(Scopes.REFERRALS_WRITE));
        web.mutateWith(callers.get(Caller.DEPARTMENT).bearer()).post().uri(REFERRALS)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("uscc", firmAUscc, "firmName", "隔离测试甲公司", "note", "甲部门的推荐理由"))
                .exchange().expectStatus().isCreated();
        prepared = referralOfA();
    }

    @AfterAll
    void departmentAsReferralIsAsPrepared() {
        assertThat(referrals.findAll().filter(r -> r.enterpriseId().equals(firmA)).collectList().block(TIMEOUT))
                .containsExactly(prepared);
    }

    //                         MEMBER       OTHER_FIRM   PENDING      REVIEWER     DEPARTMENT A CLIENT
    @Override
    protected Stream<Case> apiCases() {
        return Stream.of(
                Case.of("GET referrals", c -> c.get().uri(REFERRALS),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, OK, FORBIDDEN),
                Case.of("GET referrals of department B", c -> c.get().uri(REFERRALS + "?department=" + DEPARTMENT_B),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN),
                Case.of("POST referrals (empty)", c -> c.post().uri(REFERRALS).contentType(MediaType.APPLICATION_JSON)
                                .bodyValue(Map.of()),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, BAD_REQUEST, FORBIDDEN),
                Case.of("POST referrals (firm A again)", c -> c.post().uri(REFERRALS)
                                .contentType(MediaType.APPLICATION_JSON)
                                .bodyValue(Map.of("uscc", firmAUscc, "firmName", "隔离测试甲公司")),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, CONFLICT, FORBIDDEN));
    }

    //                         MEMBER       OTHER_FIRM   PENDING      REVIEWER     DEPARTMENT A
    @Override
    protected Stream<Case> pageCases() {
        return Stream.of(
                Case.of("GET /referrals", c -> c.get().uri("/referrals"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, OK),
                Case.of("GET /referrals of department B", c -> c.get().uri("/referrals?department=" + DEPARTMENT_B),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN),
                // An empty form: the page comes back with its errors for those who may refer.
                Case.of("POST /referrals (empty)", c -> c.mutateWith(csrf()).post().uri("/referrals")
                                .body(BodyInserters.fromFormData("uscc", "")),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
                Case.of("POST /referrals (firm A again)", c -> c.mutateWith(csrf()).post().uri("/referrals")
                                .body(BodyInserters.fromFormData("uscc", firmAUscc).with("firmName", "隔离测试甲公司")),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK));
    }

    /**
     * The API cases for this feature's own callers, statuses in the order of {@link Extra}; department B
     * does not repeat firm A's referral here, since for B it is a first referral that would add one.
     */
    Stream<Arguments> extraApiMatrix() {
        Map<String, List<HttpStatus>> expected = Map.of(
                "GET referrals", List.of(OK, OK, FORBIDDEN),
                "GET referrals of department A", List.of(FORBIDDEN, OK, FORBIDDEN),
                "GET referrals of department B", List.of(OK, FORBIDDEN, FORBIDDEN),
                "POST referrals (empty)", List.of(BAD_REQUEST, BAD_REQUEST, FORBIDDEN),
                "POST referrals (firm A again)", List.of(CREATED, CONFLICT, FORBIDDEN));
        Case ofA = Case.of("GET referrals of department A", c -> c.get().uri(REFERRALS + "?department=" + DEPARTMENT_A));
        return Stream.concat(apiCases(), Stream.of(ofA)).flatMap(c -> Stream.of(Extra.values())
                .map(extra -> Arguments.of(c, extra, expected.get(c.name()).get(extra.ordinal())))
                .filter(arguments -> arguments.get()[2] != CREATED));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("extraApiMatrix")
    void apiAnswersThisFeaturesCallersAsTheMatrixSays(Case api, Extra caller, HttpStatus status) {
        var response = api.call().on(web.mutateWith(extras.get(caller).bearer())).exchange()
                .expectStatus().isEqualTo(status);
        if (status.isError()) {
            response.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    @Test
    void departmentBNeverSeesDepartmentAsReferral() {
        Principals officerB = extras.get(Extra.DEPARTMENT_B);
        String list = web.mutateWith(officerB.bearer()).get().uri(REFERRALS + "?limit=100").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(list).doesNotContain(prepared.id()).doesNotContain(firmAUscc).doesNotContain("甲部门的推荐理由");
        String page = web.mutateWith(officerB.session()).get().uri("/referrals").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).doesNotContain(firmAUscc).doesNotContain("甲部门的推荐理由");
        web.mutateWith(officerB.session()).get().uri("/referrals?department=" + DEPARTMENT_A).exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void departmentAsOwnCallersAndReviewersDoSeeIt() {
        for (Principals caller : List.of(callers.get(Caller.DEPARTMENT), extras.get(Extra.SYSTEM_OF_A),
                callers.get(Caller.REVIEWER))) {
            web.mutateWith(caller.bearer()).get().uri(REFERRALS + "?department=" + DEPARTMENT_A + "&limit=100")
                    .exchange().expectStatus().isOk().expectBody()
                    .jsonPath("$.items[?(@.id == '" + prepared.id() + "')].note").isEqualTo("甲部门的推荐理由");
        }
    }

    private Referral referralOfA() {
        return referrals.findAll().filter(r -> r.enterpriseId().equals(firmA)).next().block(TIMEOUT);
    }
}
