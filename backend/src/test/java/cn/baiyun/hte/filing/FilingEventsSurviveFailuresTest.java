package cn.baiyun.hte.filing;

import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import cn.baiyun.hte.platform.audit.AuditEvent;
import cn.baiyun.hte.platform.audit.AuditLog;
import cn.baiyun.hte.platform.events.FieldChange;
import cn.baiyun.hte.platform.events.OutboxSweeper;
import cn.baiyun.hte.platform.web.IfMatch;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFirms;
import cn.baiyun.hte.support.events.ListenerFaults;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail of a filing survives a failure between the change and its audit entry: the firm is
 * told its submission worked (it did), and the entry is written once, later, by the outbox sweeper.
 */
@PortalIntegrationTest
class FilingEventsSurviveFailuresTest {

    static final int YEAR = Year.now(ZoneId.of("Asia/Shanghai")).getValue() - 2;
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Autowired
    WebTestClient web;
    @Autowired
    TestFirms firms;
    @Autowired
    FilingService filings;
    @Autowired
    OutboxSweeper sweeper;
    @Autowired
    AuditLog audit;

    @AfterEach
    void heal() {
        ListenerFaults.heal();
    }

    @Test
    void aSubmissionWhoseAuditFailsIsStillSubmittedAndAuditedOnceByTheSweeper() {
        Principals member = Principals.firmUser("member");
        String firm = firms.approvedFirm(member, "事件补投测试公司");
        Filing complete = completeDraft(member, firm);
        ListenerFaults.failOn(FilingSubmitted.TYPE);

        web.mutateWith(member.bearer()).post()
                .uri("/api/v1/enterprises/{id}/filings/{year}/submission", firm, YEAR)
                .header(HttpHeaders.IF_MATCH, "\"" + complete.version() + "\"")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("commitment", true))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("SUBMITTED");
        assertThat(actions(firm)).doesNotContain(FilingSubmitted.TYPE);

        ListenerFaults.heal();
        sweeper.sweep(Instant.now().plus(OutboxSweeper.GRACE).plusSeconds(60)).block(TIMEOUT);
        sweeper.sweep(Instant.now().plus(OutboxSweeper.GRACE).plusSeconds(60)).block(TIMEOUT);

        assertThat(actions(firm)).containsOnlyOnce(FilingSubmitted.TYPE);
        AuditEvent submitted = audit.ofEnterprise(firm, 20).filter(e -> e.action().equals(FilingSubmitted.TYPE))
                .blockFirst(TIMEOUT);
        assertThat(submitted.actorId()).isEqualTo(member.user().id());
        assertThat(submitted.subjectId()).isEqualTo(complete.id());
    }

    @Test
    void aReturnKeepsTheReviewersCommentsInTheAuditTrail() {
        Principals member = Principals.firmUser("member");
        String firm = firms.approvedFirm(member, "退回审计测试公司");
        Filing submitted = filings.submit(member.user(), firm, YEAR, true, IfMatch.of(completeDraft(member, firm).version())).block(TIMEOUT);

        filings.returnSections(Principals.reviewer().user(), firm, YEAR,
                java.util.Map.of(FilingSection.STAFF, "请补充月度人数"), IfMatch.of(submitted.version())).block(TIMEOUT);

        AuditEvent returned = audit.ofEnterprise(firm, 20).filter(e -> e.action().equals(FilingReturned.TYPE))
                .blockFirst(TIMEOUT);
        assertThat(returned.changes()).containsExactly(
                new FieldChange(FilingReturned.commentField(FilingSection.STAFF), null, "请补充月度人数"));
    }

    private Filing completeDraft(Principals member, String firm) {
        Filing filing = filings.create(member.user(), firm, YEAR).block(TIMEOUT);
        filing = save(member, filing, FilingSection.FINANCIALS, FilingFixtures.financials());
        filing = save(member, filing, FilingSection.RD_SPEND, FilingFixtures.rdSpend());
        filing = save(member, filing, FilingSection.STAFF, FilingFixtures.annualStaff());
        filing = save(member, filing, FilingSection.INCIDENTS, FilingFixtures.noIncidents());
        return save(member, filing, FilingSection.SELF_ASSESSMENT, FilingFixtures.selfAssessment());
    }

    private Filing save(Principals member, Filing filing, FilingSection section, Object value) {
        return filings.saveSection(member.user(), filing.enterpriseId(), filing.fiscalYear(), section, value,
                IfMatch.of(filing.version())).block(TIMEOUT);
    }

    private List<String> actions(String firm) {
        return audit.ofEnterprise(firm, 20).map(AuditEvent::action).collectList().block(TIMEOUT);
    }
}
