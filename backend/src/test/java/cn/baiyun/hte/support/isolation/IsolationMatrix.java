package cn.baiyun.hte.support.isolation;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;

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

/**
 * Every endpoint and page of one feature, called about firm A by every kind of caller. Firm users who
 * are not approved members of A must get exactly what they would get for a firm that does not exist
 * (404); roles that never touch firm data get 403; nobody anonymous gets in. A feature's matrix test
 * extends this class, annotated {@code @PortalIntegrationTest}, and lists its cases; the cases are
 * instance methods so that their calls can use the firms and records made in {@link #prepare()}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class IsolationMatrix {

    /**
     * Who calls. {@code SOFTWARE_OF_A} and {@code SOFTWARE_OF_OTHER} are firms' own software: clients bound to
     * firm A, respectively to the other firm, by their token's {@code firm_uscc}, holding
     * {@value #FIRM_SOFTWARE_SCOPES}; they call the API only.
     */
    public enum Caller {
        MEMBER, OTHER_FIRM_USER, PENDING_CLAIMANT, REVIEWER, DEPARTMENT, INTEGRATION_CLIENT, SOFTWARE_OF_A,
        SOFTWARE_OF_OTHER, ANONYMOUS;

        boolean pages() {
            return this != INTEGRATION_CLIENT && this != SOFTWARE_OF_A && this != SOFTWARE_OF_OTHER;
        }
    }

    /** The scopes of the matrix's firm software, as the demo realm's firm-bound client has them. */
    protected static final String FIRM_SOFTWARE_SCOPES = "enterprises:read filings:read filings:write";

    protected static final HttpStatus OK = HttpStatus.OK;
    protected static final HttpStatus CREATED = HttpStatus.CREATED;
    protected static final HttpStatus NO_CONTENT = HttpStatus.NO_CONTENT;
    protected static final HttpStatus NOT_FOUND = HttpStatus.NOT_FOUND;
    protected static final HttpStatus FORBIDDEN = HttpStatus.FORBIDDEN;
    protected static final HttpStatus BAD_REQUEST = HttpStatus.BAD_REQUEST;
    protected static final HttpStatus CONFLICT = HttpStatus.CONFLICT;
    protected static final HttpStatus SEE_OTHER = HttpStatus.SEE_OTHER;
    protected static final String UNKNOWN_ID = "0123456789abcdef01234567";

    @Autowired
    protected WebTestClient web;
    @Autowired
    protected TestFirms firms;

    protected final Map<Caller, Principals> callers = new EnumMap<>(Caller.class);
    protected String firmA;
    protected String firmAUscc;
    protected String pendingClaimOnA;

    @BeforeAll
    void firmAWithAMemberAndAPendingClaimant() {
        callers.put(Caller.MEMBER, Principals.firmUser("member"));
        callers.put(Caller.OTHER_FIRM_USER, Principals.firmUser("other"));
        callers.put(Caller.PENDING_CLAIMANT, Principals.firmUser("claimant"));
        callers.put(Caller.REVIEWER, Principals.reviewer());
        callers.put(Caller.DEPARTMENT, Principals.department("工信局"));
        callers.put(Caller.INTEGRATION_CLIENT, Principals.integrationClient("enterprises:read"));

        firmA = firms.approvedFirm(callers.get(Caller.MEMBER), "隔离测试甲公司");
        String otherFirm = firms.approvedFirm(callers.get(Caller.OTHER_FIRM_USER), "隔离测试乙公司");
        firmAUscc = firms.stored(firmA).uscc();
        String[] softwareScopes = FIRM_SOFTWARE_SCOPES.split(" ");
        callers.put(Caller.SOFTWARE_OF_A, Principals.firmSoftware(firmAUscc, softwareScopes));
        callers.put(Caller.SOFTWARE_OF_OTHER, Principals.firmSoftware(firms.stored(otherFirm).uscc(), softwareScopes));
        pendingClaimOnA = firms.pendingClaim(callers.get(Caller.PENDING_CLAIMANT), firmAUscc, "隔离测试甲公司").id();
        prepare();
    }

    /** Makes the feature's own records of firm A that the cases call; runs once, after firm A exists. */
    protected void prepare() {
    }

    /**
     * The API cases, statuses in the order MEMBER, OTHER_FIRM_USER, PENDING, REVIEWER, DEPARTMENT, CLIENT, and
     * for operations the firm software may call, SOFTWARE_OF_A, SOFTWARE_OF_OTHER. A case that leaves those two
     * out says that both are refused (403): the operation needs none of the firm software's scopes.
     */
    protected abstract Stream<Case> apiCases();

    /** The page cases, statuses in the order MEMBER, OTHER_FIRM_USER, PENDING, REVIEWER, DEPARTMENT. */
    protected abstract Stream<Case> pageCases();

    /** A request made with an already authenticated (or anonymous) client. */
    public interface Call {
        WebTestClient.RequestHeadersSpec<?> on(WebTestClient client);
    }

    /** One endpoint or page with the status each caller must get, in the order of {@link Caller}. */
    public record Case(String name, Call call, Map<Caller, HttpStatus> expected) {

        public static Case of(String name, Call call, HttpStatus... statuses) {
            Map<Caller, HttpStatus> expected = new EnumMap<>(Caller.class);
            for (int i = 0; i < statuses.length; i++) {
                expected.put(Caller.values()[i], statuses[i]);
            }
            expected.putIfAbsent(Caller.SOFTWARE_OF_A, HttpStatus.FORBIDDEN);
            expected.putIfAbsent(Caller.SOFTWARE_OF_OTHER, HttpStatus.FORBIDDEN);
            return new Case(name, call, expected);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * API and page cases in one parameterized test, which JUnit fails when it has no invocations: a matrix
     * without cases would otherwise pass, proving nothing. A feature may have only pages or only API.
     */
    Stream<Arguments> matrix() {
        Stream<Arguments> api = apiCases().flatMap(c -> Stream.of(Caller.values())
                .map(caller -> Arguments.of(c, caller, true)));
        Stream<Arguments> pages = pageCases().flatMap(c -> Stream.of(Caller.values())
                .filter(Caller::pages)
                .map(caller -> Arguments.of(c, caller, false)));
        return Stream.concat(api, pages);
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void answersEachCallerAsTheMatrixSays(Case endpoint, Caller caller, boolean api) {
        if (api) {
            apiAnswers(endpoint, caller);
        } else {
            pageAnswers(endpoint, caller);
        }
    }

    private void apiAnswers(Case api, Caller caller) {
        WebTestClient client = caller == Caller.ANONYMOUS ? web : web.mutateWith(callers.get(caller).bearer());
        HttpStatus expected = caller == Caller.ANONYMOUS ? HttpStatus.UNAUTHORIZED : api.expected().get(caller);

        var response = api.call().on(client).exchange().expectStatus().isEqualTo(expected);

        if (expected.isError()) {
            response.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    private void pageAnswers(Case page, Caller caller) {
        if (caller == Caller.ANONYMOUS) {
            page.call().on(web).exchange()
                    .expectStatus().isFound()
                    .expectHeader().valueEquals("Location", "/oauth2/authorization/portal-web");
            return;
        }
        page.call().on(web.mutateWith(callers.get(caller).session())).exchange()
                .expectStatus().isEqualTo(page.expected().get(caller));
    }
}
