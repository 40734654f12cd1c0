package cn.baiyun.hte.referral;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.baiyun.hte.enterprise.ClaimService;
import cn.baiyun.hte.enterprise.EnterpriseService;
import cn.baiyun.hte.enterprise.UnifiedSocialCreditCode;
import cn.baiyun.hte.platform.events.FieldChange;
import cn.baiyun.hte.platform.audit.AuditLog;
import cn.baiyun.hte.platform.paging.PageOf;
import cn.baiyun.hte.platform.security.Scopes;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFirms;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@PortalIntegrationTest
class ReferralApiTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String REFERRALS = "/api/v1/referrals";

    @Autowired
    WebTestClient web;
    @Autowired
    TestFirms firms;
    @Autowired
    ReferralRepository referrals;
    @Autowired
    ReferralService service;
    @Autowired
    EnterpriseService enterprises;
    @Autowired
    ClaimService claims;
    @Autowired
    AuditLog audit;

    /** Departments of this test alone, so that lists hold exactly what the test made. */
    final String departmentA = "工信局-" + UUID.randomUUID().toString().substring(0, 8);
    final String departmentB = "大数据局-" + UUID.randomUUID().toString().substring(0, 8);
    final Principals officerA = Principals.department(departmentA);
    final Principals officerB = Principals.department(departmentB);
    final Principals reviewer = Principals.reviewer();

    @Test
    void anOfficerRefersANewFirmWhichIsListedUnverifiedAndLaterClaimsItself() {
        String uscc = TestFirms.newUscc();

        ReferralItem item = refer(officerA, Map.of("uscc", uscc.toLowerCase(), "firmName", "  推荐新企业  ",
                "note", "专精特新企业"))
                .expectStatus().isCreated().expectBody(ReferralItem.class).returnResult().getResponseBody();

        assertThat(item.uscc()).isEqualTo(uscc);
        assertThat(item.firmName()).isEqualTo("推荐新企业");
        assertThat(item.department()).isEqualTo(departmentA);
        assertThat(item.note()).isEqualTo("专精特新企业");
        assertThat(item.firmVerified()).isFalse();
        assertThat(item.referredAt()).isNotNull();
        var listed = enterprises.withCode(UnifiedSocialCreditCode.of(uscc), null).block(TIMEOUT);
        assertThat(listed.id()).isEqualTo(item.enterpriseId());
        assertThat(listed.verified()).isFalse();
        assertThat(audit.ofEnterprise(item.enterpriseId(), 10).collectList().block(TIMEOUT))
                .singleElement().satisfies(event -> {
                    assertThat(event.action()).isEqualTo("referral.created");
                    assertThat(event.actorId()).isEqualTo(officerA.user().id());
                    assertThat(event.changes()).containsExactly(new FieldChange("department", null, departmentA));
                });

        // The firm's staff claim the listed firm and the bureau approves: the referral follows.
        Principals staff = Principals.firmUser("staff");
        var claim = firms.pendingClaim(staff, uscc, "推荐新企业有限公司");
        assertThat(claim.enterpriseId()).isEqualTo(item.enterpriseId());
        claims.approve(reviewer.user(), claim.id()).block(TIMEOUT);
        list(officerA, "").jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].enterpriseId").isEqualTo(item.enterpriseId())
                .jsonPath("$.items[0].firmVerified").isEqualTo(true);
    }

    @Test
    void aKnownFirmKeepsItsNameAndShowsVerified() {
        String firm = firms.approvedFirm(Principals.firmUser("owner"), "已核实的推荐企业");
        String uscc = firms.stored(firm).uscc();

        refer(officerA, Map.of("uscc", uscc, "firmName", "部门填写的别名")).expectStatus().isCreated().expectBody()
                .jsonPath("$.enterpriseId").isEqualTo(firm)
                .jsonPath("$.firmName").isEqualTo("已核实的推荐企业")
                .jsonPath("$.firmVerified").isEqualTo(true)
                .jsonPath("$.note").doesNotExist();
    }

    @Test
    void theDepartmentIsTheCallersOwnNeverTheBodys() {
        String uscc = TestFirms.newUscc();

        // A body naming a department is refused (the body has no such field), and stores nothing ...
        refer(officerA, Map.of("uscc", uscc, "firmName", "部门冒用测试公司", "department", departmentB))
                .expectStatus().isBadRequest();
        // ... and the referral is always the caller's own department's.
        refer(officerA, Map.of("uscc", uscc, "firmName", "部门冒用测试公司"))
                .expectStatus().isCreated().expectBody().jsonPath("$.department").isEqualTo(departmentA);

        assertThat(service.enterpriseIdsReferredBy(departmentB).collectList().block(TIMEOUT)).isEmpty();
        list(officerB, "").jsonPath("$.items.length()").isEqualTo(0);
    }

    @Test
    void eachFieldIsValidatedAndBadInputChangesNothing() {
        String uscc = TestFirms.newUscc();
        String wrongCheck = uscc.substring(0, 17) + (uscc.endsWith("0") ? "1" : "0");

        problem(refer(officerA, Map.of("firmName", " ", "note", "备注".repeat(501))))
                .jsonPath("$.errors[?(@.field == 'uscc')].message").isEqualTo("请填写统一社会信用代码")
                .jsonPath("$.errors[?(@.field == 'firmName')].message").isEqualTo("此项为必填项")
                .jsonPath("$.errors[?(@.field == 'note')].message").isEqualTo("不能超过 1000 个字符")
                .jsonPath("$.errors.length()").isEqualTo(3);
        problem(refer(officerA, Map.of("uscc", wrongCheck, "firmName", "名".repeat(101))))
                .jsonPath("$.errors[0].field").isEqualTo("uscc")
                .jsonPath("$.errors[1].field").isEqualTo("firmName")
                .jsonPath("$.errors[1].message").isEqualTo("不能超过 100 个字符");
        problem(refer(officerA, Map.of("uscc", "9152011", "firmName", "短代码公司")))
                .jsonPath("$.errors[0].field").isEqualTo("uscc");
        refer(officerA, Map.of("uscc", "91520113MA6DKQ3Y4I", "firmName", "非法字符公司"))
                .expectStatus().isBadRequest();
        web.mutateWith(officerA.bearer()).post().uri(REFERRALS).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"uscc\": ").exchange().expectStatus().isBadRequest();

        assertThat(enterprises.withCode(UnifiedSocialCreditCode.of(wrongCheck.substring(0, 17) + uscc.charAt(17)), null)
                .blockOptional(TIMEOUT)).isEmpty();
        assertThat(service.enterpriseIdsReferredBy(departmentA).collectList().block(TIMEOUT)).isEmpty();
    }

    @Test
    void aDepartmentRefersAFirmOnceWhileAnotherDepartmentMayReferItToo() {
        String uscc = TestFirms.newUscc();
        refer(officerA, Map.of("uscc", uscc, "firmName", "重复推荐测试公司", "note", "第一次")).expectStatus().isCreated();

        Principals colleague = Principals.department(departmentA);
        refer(colleague, Map.of("uscc", uscc, "firmName", "重复推荐测试公司", "note", "第二次"))
                .expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:hte:problem:conflict")
                .jsonPath("$.detail").isEqualTo(departmentA + "已推荐过统一社会信用代码为 " + uscc + " 的企业，不能重复推荐。");
        web.mutateWith(colleague.bearer()).post().uri(REFERRALS).header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("uscc", uscc, "firmName", "x")).exchange()
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.detail")
                .isEqualTo(departmentA + " has already referred the firm with the code " + uscc
                        + "; a department refers a firm once.");
        refer(officerB, Map.of("uscc", uscc, "firmName", "重复推荐测试公司")).expectStatus().isCreated();

        list(reviewer, "?department=" + departmentA).jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].note").isEqualTo("第一次");
    }

    @Test
    void departmentsReadTheirOwnReferralsAndReviewersFilterByDepartment() {
        String first = TestFirms.newUscc();
        String second = TestFirms.newUscc();
        String ofB = TestFirms.newUscc();
        refer(officerA, Map.of("uscc", first, "firmName", "甲部门推荐一")).expectStatus().isCreated();
        refer(officerA, Map.of("uscc", second, "firmName", "甲部门推荐二")).expectStatus().isCreated();
        refer(officerB, Map.of("uscc", ofB, "firmName", "乙部门推荐")).expectStatus().isCreated();

        list(officerA, "").jsonPath("$.items[*].uscc").isEqualTo(List.of(first, second));
        list(officerB, "").jsonPath("$.items[*].uscc").isEqualTo(List.of(ofB));
        list(officerA, "?department=" + departmentA).jsonPath("$.items.length()").isEqualTo(2);
        web.mutateWith(officerA.bearer()).get().uri(REFERRALS + "?department=" + departmentB).exchange()
                .expectStatus().isForbidden();
        list(reviewer, "?department=" + departmentB).jsonPath("$.items[*].uscc").isEqualTo(List.of(ofB));
        list(reviewer, "?limit=100").jsonPath("$.items[?(@.department == '" + departmentA + "')].uscc")
                .isEqualTo(List.of(first, second));

        PageOf<ReferralItem> firstPage = web.mutateWith(reviewer.bearer()).get()
                .uri(REFERRALS + "?department=" + departmentA + "&limit=1").exchange().expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<PageOf<ReferralItem>>() { }).returnResult().getResponseBody();
        assertThat(firstPage.items()).extracting(ReferralItem::uscc).containsExactly(first);
        String next = firstPage.next();
        list(reviewer, "?department=" + departmentA + "&limit=1&cursor=" + next)
                .jsonPath("$.items[*].uscc").isEqualTo(List.of(second))
                .jsonPath("$.next").doesNotExist();
    }

    @Test
    void pagingMistakesAreValidationProblems() {
        problem(web.mutateWith(reviewer.bearer()).get().uri(REFERRALS + "?limit=0&cursor=nonsense").exchange())
                .jsonPath("$.errors[0].field").isEqualTo("limit")
                .jsonPath("$.errors[1].field").isEqualTo("cursor");
    }

    @Test
    void integrationClientsReferForTheDepartmentOfTheirTokenOnly() {
        Principals system = Principals.departmentClient(departmentA, Scopes.REFERRALS_WRITE, Scopes.REFERRALS_READ);
        String uscc = TestFirms.newUscc();
        refer(system, Map.of("uscc", uscc, "firmName", "系统推荐公司")).expectStatus().isCreated().expectBody()
                .jsonPath("$.department").isEqualTo(departmentA);
        list(system, "").jsonPath("$.items[*].uscc").isEqualTo(List.of(uscc));
        list(officerA, "").jsonPath("$.items[*].uscc").isEqualTo(List.of(uscc));

        Principals withoutDepartment = Principals.integrationClient(Scopes.REFERRALS_WRITE);
        refer(withoutDepartment, Map.of("uscc", TestFirms.newUscc(), "firmName", "无部门系统"))
                .expectStatus().isForbidden();
        Principals withoutScope = Principals.departmentClient(departmentA, "enterprises:read");
        refer(withoutScope, Map.of("uscc", TestFirms.newUscc(), "firmName", "无授权系统")).expectStatus().isForbidden();
        web.mutateWith(withoutScope.bearer()).get().uri(REFERRALS).exchange().expectStatus().isForbidden();
    }

    @Test
    void firmUsersReviewersAndAnonymousCallersDoNotRefer() {
        Map<String, String> body = Map.of("uscc", TestFirms.newUscc(), "firmName", "越权推荐公司");
        refer(Principals.firmUser("firm"), body).expectStatus().isForbidden();
        refer(reviewer, body).expectStatus().isForbidden();
        refer(Principals.department(null), body).expectStatus().isForbidden();
        web.mutateWith(Principals.firmUser("firm").bearer()).get().uri(REFERRALS).exchange()
                .expectStatus().isForbidden();
        web.post().uri(REFERRALS).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isUnauthorized();
        web.get().uri(REFERRALS).exchange().expectStatus().isUnauthorized();
    }

    @Test
    void enterpriseIdsReferredByNamesEachFirmOnceAndOnlyTheDepartmentsOwn() {
        String firm = firms.approvedFirm(Principals.firmUser("owner"), "池筛选推荐企业");
        String uscc = firms.stored(firm).uscc();
        String other = TestFirms.newUscc();
        refer(officerA, Map.of("uscc", uscc, "firmName", "池筛选推荐企业")).expectStatus().isCreated();
        refer(officerA, Map.of("uscc", other, "firmName", "池筛选另一企业")).expectStatus().isCreated();
        refer(officerB, Map.of("uscc", uscc, "firmName", "池筛选推荐企业")).expectStatus().isCreated();
        String otherId = enterprises.withCode(UnifiedSocialCreditCode.of(other), null).block(TIMEOUT).id();

        assertThat(service.enterpriseIdsReferredBy(departmentA).collectList().block(TIMEOUT))
                .containsExactlyInAnyOrder(firm, otherId);
        assertThat(service.enterpriseIdsReferredBy(departmentB).collectList().block(TIMEOUT)).containsExactly(firm);
        assertThat(service.enterpriseIdsReferredBy("无此部门-" + UUID.randomUUID()).collectList().block(TIMEOUT))
                .isEmpty();
    }

    private WebTestClient.ResponseSpec refer(Principals caller, Map<String, String> body) {
        return web.mutateWith(caller.bearer()).post().uri(REFERRALS).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    private WebTestClient.BodyContentSpec list(Principals caller, String query) {
        return web.mutateWith(caller.bearer()).get().uri(REFERRALS + query).exchange().expectStatus().isOk()
                .expectBody();
    }

    private static WebTestClient.BodyContentSpec problem(WebTestClient.ResponseSpec response) {
        return response.expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:hte:problem:validation");
    }
}
