package cn.baiyun.hte.pool.feedback;

import java.time.Duration;
import java.time.Instant;

import cn.baiyun.hte.assessment.TierResult;
import cn.baiyun.hte.assessment.WorkedExamples;
import cn.baiyun.hte.platform.audit.AuditEvent;
import cn.baiyun.hte.platform.audit.AuditLog;
import cn.baiyun.hte.pool.FeedbackAcknowledged;
import cn.baiyun.hte.pool.board.PoolEntryRepository;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFirms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The firm reads what the bureau published, and only that; its members acknowledge it once. */
@PortalIntegrationTest
class FeedbackApiTest {

    private static final String HISTORY = "/api/v1/enterprises/{firm}/feedback";
    private static final String YEAR = HISTORY + "/{year}";
    private static final String ACKNOWLEDGEMENT = YEAR + "/acknowledgement";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COMMENT = "请建立研发费用辅助账，明年研发投入占比需达到 5.95%。";

    @Autowired
    WebTestClient web;
    @Autowired
    TestFirms firms;
    @Autowired
    PoolEntryRepository repository;
    @Autowired
    AuditLog audit;

    FeedbackEntries entries;
    Principals member;
    Principals reviewer = Principals.reviewer();
    String firm;

    @BeforeEach
    void aFirmWithThreePublishedCyclesAndOneUnpublished() {
        entries = new FeedbackEntries(repository);
        member = Principals.firmUser("feedback-member");
        firm = firms.approvedFirm(member, "反馈接口测试公司");
        entries.published(firm, 2031, "C20", TierResult.TIER_3, null, Instant.parse("2031-04-28T02:00:00Z"));
        entries.published(firm, 2033, "C02", TierResult.TIER_2, COMMENT, Instant.parse("2033-04-28T02:00:00Z"));
        entries.insufficientData(firm, 2032, Instant.parse("2032-04-28T02:00:00Z"));
        entries.unpublished(firm, 2034, "C01");
    }

    @Test
    void theHistoryListsThePublishedCyclesNewestFirstAndNothingUnpublished() {
        for (Principals reader : new Principals[] {member, reviewer}) {
            get(reader, HISTORY, firm).expectStatus().isOk().expectBody()
                    .jsonPath("$.items.length()").isEqualTo(3)
                    .jsonPath("$.items[0].year").isEqualTo(2033)
                    .jsonPath("$.items[0].tier").isEqualTo("TIER_2")
                    .jsonPath("$.items[0].publishedAt").isEqualTo("2033-04-28T02:00:00Z")
                    .jsonPath("$.items[1].year").isEqualTo(2032)
                    .jsonPath("$.items[1].outcome").isEqualTo("INSUFFICIENT_DATA")
                    .jsonPath("$.items[2].year").isEqualTo(2031)
                    .jsonPath("$.items[2].tier").isEqualTo("TIER_3");
        }
    }

    @Test
    void aPublishedCycleCarriesTheFullResultAsThePreviewShapesItWithTheCommentButNoIdentity() {
        String body = get(member, YEAR, firm, 2033).expectStatus().isOk().expectBody(String.class)
                .returnResult().getResponseBody();
        JsonNode feedback = JSON.readTree(body);

        assertThat(feedback.get("year").asInt()).isEqualTo(2033);
        assertThat(feedback.get("outcome").asString()).isEqualTo("ASSESSED");
        assertThat(feedback.get("tier").asString()).isEqualTo("TIER_2");
        assertThat(feedback.get("unmet").get(0).asString()).isEqualTo("C5A_RD_INTENSITY");
        assertThat(feedback.get("ruleSetVersion").asString()).isEqualTo("2026.1");
        assertThat(feedback.get("comment").asString()).isEqualTo(COMMENT);
        assertThat(feedback.get("coachingFocus").toString())
                .isEqualTo("[\"RD_TEAM\",\"IP_APPLICATIONS\",\"ACHIEVEMENT_TRANSFORMATION\"]");
        assertThat(feedback.has("acknowledgedAt")).isFalse();
        WorkedExamples.assertMatches(WorkedExamples.hteCase("C02").get("expected"), feedback.get("result"), "$.result");
        assertThat(body).doesNotContain(FeedbackEntries.INTERNAL_REASON).doesNotContain("decision")
                .doesNotContain("snapshotJson").doesNotContain("inputsDigest");
    }

    /** The tech-based SME result as the page shows it; tier 3 tells a firm whose figures pass to register. */
    @Test
    void theFeedbackCarriesTheTechSmeResultAndTierThreeTellsTheFirmToRegister() {
        get(member, YEAR, firm, 2031).expectStatus().isOk().expectBody()
                .jsonPath("$.techSme.qualifies").isEqualTo(true)
                .jsonPath("$.techSme.route").isEqualTo("score")
                .jsonPath("$.techSme.total").isEqualTo(72)
                .jsonPath("$.techSme.dataYear").isEqualTo(2030)
                .jsonPath("$.techSme.registered").isEqualTo(false)
                .jsonPath("$.coachingFocus.length()").isEqualTo(2)
                .jsonPath("$.coachingFocus[0]").isEqualTo("GROWTH_TARGETS")
                .jsonPath("$.coachingFocus[1]").isEqualTo("TECH_SME_REGISTRATION");
        get(member, YEAR, firm, 2033).expectStatus().isOk().expectBody()
                .jsonPath("$.techSme.route").isEqualTo("score")
                .jsonPath("$.coachingFocus.length()").isEqualTo(3);
        get(member, YEAR, firm, 2032).expectStatus().isOk().expectBody().jsonPath("$.techSme").doesNotExist();
    }

    @Test
    void insufficientDataIsPublishedWithWhatIsMissingAndNoResult() {
        get(reviewer, YEAR, firm, 2032).expectStatus().isOk().expectBody()
                .jsonPath("$.outcome").isEqualTo("INSUFFICIENT_DATA")
                .jsonPath("$.missing[0].item").isEqualTo("filing")
                .jsonPath("$.missing[0].argument").isEqualTo("2031")
                .jsonPath("$.missing[1].item").isEqualTo("registrationDate")
                .jsonPath("$.result").doesNotExist()
                .jsonPath("$.coachingFocus.length()").isEqualTo(0);
    }

    @Test
    void anUnpublishedOrUnknownCycleIsNotFoundForEveryone() {
        for (Principals reader : new Principals[] {member, reviewer}) {
            get(reader, YEAR, firm, 2034).expectStatus().isNotFound();
            get(reader, YEAR, firm, 2039).expectStatus().isNotFound();
        }
        acknowledge(member, 2034).expectStatus().isNotFound();
        assertThat(entries.stored(firm, 2034).acknowledgedAt()).isNull();
    }

    @Test
    void aMemberAcknowledgesOnceAndAcknowledgingAgainKeepsTheFirstTime() {
        acknowledge(member, 2033).expectStatus().isOk().expectBody()
                .jsonPath("$.year").isEqualTo(2033).jsonPath("$.acknowledgedAt").exists();
        String first = entries.stored(firm, 2033).acknowledgedAt().toString();

        acknowledge(member, 2033).expectStatus().isOk().expectBody()
                .jsonPath("$.acknowledgedAt").isEqualTo(first);

        assertThat(entries.stored(firm, 2033).acknowledgedAt().toString()).isEqualTo(first);
        get(member, HISTORY, firm).expectStatus().isOk().expectBody()
                .jsonPath("$.items[0].acknowledgedAt").isEqualTo(first)
                .jsonPath("$.items[2].acknowledgedAt").doesNotExist();
        assertThat(audit.ofEnterprise(firm, 50).filter(event -> event.action().equals(FeedbackAcknowledged.TYPE))
                .map(AuditEvent::subjectId).collectList().block(Duration.ofSeconds(10)))
                .containsExactly(entries.stored(firm, 2033).id());
    }

    @Test
    void aReviewerReadsButMayNotAcknowledgeForTheFirm() {
        acknowledge(reviewer, 2033).expectStatus().isForbidden();
        acknowledge(Principals.integrationClient("enterprises:read"), 2033).expectStatus().isForbidden();

        assertThat(entries.stored(firm, 2033).acknowledgedAt()).isNull();
    }

    private WebTestClient.ResponseSpec get(Principals caller, String uri, Object... variables) {
        return web.mutateWith(caller.bearer()).get().uri(uri, variables).exchange();
    }

    private WebTestClient.ResponseSpec acknowledge(Principals caller, int year) {
        return web.mutateWith(caller.bearer()).post().uri(ACKNOWLEDGEMENT, firm, year).exchange();
    }
}
