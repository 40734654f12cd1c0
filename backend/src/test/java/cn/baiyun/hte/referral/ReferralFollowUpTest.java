package cn.baiyun.hte.referral;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.baiyun.hte.enterprise.ClaimService;
import cn.baiyun.hte.enterprise.EnterpriseService;
import cn.baiyun.hte.enterprise.UnifiedSocialCreditCode;
import cn.baiyun.hte.platform.audit.AuditEvent;
import cn.baiyun.hte.platform.audit.AuditLog;
import cn.baiyun.hte.platform.events.EventHeader;
import cn.baiyun.hte.platform.events.FieldChange;
import cn.baiyun.hte.platform.security.Scopes;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFirms;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A referral's follow-up as its department reads it: reviewers record contact and decline, a published tier
 * puts it in the pool, an approved claim links the firm, every change told as a {@code referral.updated}
 * event; and the joint meeting's count.
 */
@PortalIntegrationTest
class ReferralFollowUpTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String REFERRALS = "/api/v1/referrals";

    @Autowired
    WebTestClient web;
    @Autowired
    TestFirms firms;
    @Autowired
    ReferralService service;
    @Autowired
    ReferralRepository referrals;
    @Autowired
    EnterpriseService enterprises;
    @Autowired
    ClaimService claims;
    @Autowired
    AuditLog audit;
    @Autowired
    ReactiveMongoTemplate mongo;

    final String department = "住建局-" + UUID.randomUUID().toString().substring(0, 8);
    final String otherDepartment = "财政局-" + UUID.randomUUID().toString().substring(0, 8);
    final Principals officer = Principals.department(department);
    final Principals reviewer = Principals.reviewer();

    @Test
    void reviewersContactThenDeclineWithAReasonTheDepartmentReads() {
        ReferralItem item = refer(officer, TestFirms.newUscc(), "跟进测试公司");
        assertThat(item.status()).isEqualTo(ReferralStatus.RECEIVED);

        status(reviewer, item.id(), Map.of("status", "CONTACTED")).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("CONTACTED")
                .jsonPath("$.statusChangedAt").isNotEmpty();
        status(reviewer, item.id(), Map.of("status", "CONTACTED")).expectStatus().isEqualTo(409);
        status(reviewer, item.id(), Map.of("status", "DECLINED", "reason", " ")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
        status(reviewer, item.id(), Map.of("status", "IN_POOL")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("status");
        status(officer, item.id(), Map.of("status", "DECLINED", "reason", "部门自己改")).expectStatus().isForbidden();
        status(Principals.departmentClient(department, Scopes.REFERRALS_WRITE, Scopes.REFERRALS_READ), item.id(),
                Map.of("status", "CONTACTED")).expectStatus().isForbidden();
        status(reviewer, UNKNOWN, Map.of("status", "CONTACTED")).expectStatus().isNotFound();

        status(reviewer, item.id(), Map.of("status", "DECLINED", "reason", "近三年无研发投入")).expectStatus().isOk();
        web.mutateWith(officer.bearer()).get().uri(REFERRALS).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items[0].status").isEqualTo("DECLINED")
                .jsonPath("$.items[0].declineReason").isEqualTo("近三年无研发投入")
                .jsonPath("$.items[0].tier").doesNotExist();
        status(reviewer, item.id(), Map.of("status", "CONTACTED")).expectStatus().isEqualTo(409);

        List<AuditEvent> updates = updates(item.enterpriseId());
        assertThat(updates).extracting(AuditEvent::changes).containsExactly(
                List.of(new FieldChange("referralStatus", "CONTACTED", "DECLINED")),
                List.of(new FieldChange("referralStatus", "RECEIVED", "CONTACTED")));
        assertThat(updates.get(0).reason()).isEqualTo("近三年无研发投入");
        assertThat(updates).allSatisfy(event -> {
            assertThat(event.subjectType()).isEqualTo("referral");
            assertThat(event.subjectId()).isEqualTo(item.id());
            assertThat(event.actorId()).isEqualTo(reviewer.user().id());
        });
    }

    @Test
    void aPublishedTierPutsEveryDepartmentsReferralInThePoolOnceAndAWithdrawnOneTakesItOut() {
        String uscc = TestFirms.newUscc();
        ReferralItem mine = refer(officer, uscc, "入库测试公司");
        refer(Principals.department(otherDepartment), uscc, "入库测试公司");
        EventHeader publication = new EventHeader(new ObjectId().toHexString(), "pool.tier.published", Instant.now(),
                reviewer.user().id(), "审核员", "poolEntry", "entry", mine.enterpriseId());

        service.tierPublished(publication, 2).block(TIMEOUT);
        service.tierPublished(publication, 2).block(TIMEOUT);

        assertThat(referrals.findByEnterpriseId(mine.enterpriseId()).collectList().block(TIMEOUT))
                .hasSize(2).allSatisfy(referral -> {
                    assertThat(referral.status()).isEqualTo(ReferralStatus.IN_POOL);
                    assertThat(referral.tier()).isEqualTo(2);
                });
        assertThat(updates(mine.enterpriseId())).as("one event per referral, not per delivery").hasSize(2);
        status(reviewer, mine.id(), Map.of("status", "DECLINED", "reason", "已入库不能再拒")).expectStatus().isEqualTo(409);

        service.tierPublished(publication, null).block(TIMEOUT);
        Referral out = referrals.findById(mine.id()).block(TIMEOUT);
        assertThat(out.status()).isEqualTo(ReferralStatus.CONTACTED);
        assertThat(out.tier()).isNull();
        assertThat(updates(mine.enterpriseId()).get(0).changes())
                .containsExactly(new FieldChange("referralStatus", "IN_POOL", "CONTACTED"));
    }

    @Test
    void aReferralStoredBeforeStatusesReadsAsReceivedAndMovesOn() {
        String uscc = TestFirms.newUscc();
        ReferralItem item = refer(officer, uscc, "旧推荐公司");
        mongo.getCollection("referrals").flatMap(c -> reactor.core.publisher.Mono.from(c.updateOne(
                new Document("_id", new ObjectId(item.id())),
                new Document("$unset", new Document("status", "").append("contact", ""))))).block(TIMEOUT);

        assertThat(referrals.findById(item.id()).block(TIMEOUT).status()).isEqualTo(ReferralStatus.RECEIVED);
        web.mutateWith(officer.bearer()).get().uri(REFERRALS).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items[0].status").isEqualTo("RECEIVED");
        status(reviewer, item.id(), Map.of("status", "CONTACTED")).expectStatus().isOk();
    }

    @Test
    void aFirmReferredBeforeItsClaimIsLinkedWhenTheClaimIsApproved() {
        String uscc = TestFirms.newUscc();
        ReferralItem item = refer(officer, uscc, "先推荐后认领公司");
        assertThat(item.firmVerified()).isFalse();

        Principals staff = Principals.firmUser("staff");
        var claim = firms.pendingClaim(staff, uscc, "先推荐后认领公司");
        assertThat(claim.enterpriseId()).isEqualTo(item.enterpriseId());
        claims.approve(reviewer.user(), claim.id()).block(TIMEOUT);

        Referral linked = referrals.findById(item.id()).block(TIMEOUT);
        assertThat(linked.enterpriseId()).isEqualTo(claim.enterpriseId());
        assertThat(linked.firmVerifiedAt()).isNotNull();
        assertThat(linked.status()).isEqualTo(ReferralStatus.RECEIVED);
        assertThat(updates(item.enterpriseId())).singleElement()
                .satisfies(event -> assertThat(event.changes()).isEmpty());
        web.mutateWith(officer.bearer()).get().uri(REFERRALS).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items[0].firmVerified").isEqualTo(true);
    }

    @Test
    void theJointMeetingCountsEachDepartmentsReferralsByStatusTierAndRecognition() throws IOException {
        ReferralItem received = refer(officer, TestFirms.newUscc(), "统计一");
        ReferralItem contacted = refer(officer, TestFirms.newUscc(), "统计二");
        ReferralItem inPool = refer(officer, TestFirms.newUscc(), "统计三");
        ReferralItem declined = refer(officer, TestFirms.newUscc(), "统计四");
        status(reviewer, contacted.id(), Map.of("status", "CONTACTED")).expectStatus().isOk();
        status(reviewer, declined.id(), Map.of("status", "DECLINED", "reason", "不符合")).expectStatus().isOk();
        service.tierPublished(new EventHeader(new ObjectId().toHexString(), "pool.tier.published", Instant.now(),
                "r", "审核员", "poolEntry", "e", inPool.enterpriseId()), 1).block(TIMEOUT);
        assertThat(received.status()).isEqualTo(ReferralStatus.RECEIVED);

        DepartmentCount count = service.counts(reviewer.user()).filter(c -> c.department().equals(department))
                .single().block(TIMEOUT);
        assertThat(count).isEqualTo(new DepartmentCount(department, 4, 1, 1, 1, 1, 0, 0, 1, 0, 0));

        String page = web.mutateWith(reviewer.session()).get().uri("/referrals/counts").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("推荐入库分部门统计").contains(department).contains("其中第一梯队").contains("合计");
        web.mutateWith(officer.session()).get().uri("/referrals/counts").exchange().expectStatus().isForbidden();

        byte[] workbook = web.mutateWith(reviewer.session()).get().uri("/referrals/counts.xlsx").exchange()
                .expectStatus().isOk().expectHeader().contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .expectBody(byte[].class).returnResult().getResponseBody();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("推荐部门");
            Row row = null;
            for (Row r : sheet) {
                if (department.equals(r.getCell(0).getStringCellValue())) {
                    row = r;
                }
            }
            assertThat(row).as("the department's row").isNotNull();
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(4.0);
            assertThat(row.getCell(5).getNumericCellValue()).as("tier 1").isEqualTo(1.0);
            assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue()).isEqualTo("合计");
        }
    }

    private static final String UNKNOWN = "0123456789abcdef01234567";

    private ReferralItem refer(Principals caller, String uscc, String name) {
        return web.mutateWith(caller.bearer()).post().uri(REFERRALS).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("uscc", uscc, "firmName", name, "contact", "李经理 13800000000")).exchange()
                .expectStatus().isCreated().expectBody(ReferralItem.class).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec status(Principals caller, String referralId, Map<String, String> body) {
        return web.mutateWith(caller.bearer()).post().uri(REFERRALS + "/" + referralId + "/status")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    /** The firm's referral.updated events, newest first. */
    private List<AuditEvent> updates(String enterpriseId) {
        return audit.ofEnterprise(enterpriseId, 50).filter(e -> e.action().equals(ReferralUpdated.TYPE))
                .collectList().block(TIMEOUT);
    }
}
