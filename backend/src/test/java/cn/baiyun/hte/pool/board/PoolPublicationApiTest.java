package cn.baiyun.hte.pool.board;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import cn.baiyun.hte.assessment.TierResult;
import cn.baiyun.hte.platform.audit.AuditEvent;
import cn.baiyun.hte.platform.audit.AuditLog;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import org.assertj.core.api.InstanceOfAssertFactories;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publishing feedback per firm and in bulk: an undecided proposal is confirmed first, what the firm
 * sees is a copy of the entry, a new publication replaces the last and resets the acknowledgement,
 * firms lacking data can be told what is missing, and every publication is audited.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PoolPublicationApiTest {

    /** One year for the per-firm publications, one for bulk, whose counts must be exact. */
    static final int YEAR = 2052;
    static final int BULK_YEAR = 2053;

    @Autowired
    WebTestClient web;
    @Autowired
    TestPool pool;
    @Autowired
    AuditLog audit;

    final Principals reviewer = Principals.reviewer();

    @BeforeAll
    void cycles() {
        pool.cycle(YEAR);
        pool.cycle(BULK_YEAR);
    }

    @Test
    void publishingAnUndecidedProposalConfirmsItAndCopiesTheEntry() {
        PoolEntry entry = pool.assessed(YEAR, "待发布企业", TierResult.TIER_2, "1.1.1");

        publish(YEAR, entry, Map.of("comment", "  请于次年重点补齐科技人员占比。 "))
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("PUBLISHED")
                .jsonPath("$.decision.tier").isEqualTo("TIER_2")
                .jsonPath("$.publication.tier").isEqualTo("TIER_2")
                .jsonPath("$.publication.outcome").isEqualTo("ASSESSED")
                .jsonPath("$.publication.unmet[0]").isEqualTo("C4_ST_STAFF_RATIO")
                .jsonPath("$.publication.comment").isEqualTo("请于次年重点补齐科技人员占比。")
                .jsonPath("$.publication.snapshotJson").doesNotExist();

        PoolEntry stored = pool.reload(entry);
        assertThat(stored.publication().snapshotJson()).isEqualTo(entry.snapshotJson());
        assertThat(stored.publication().ruleSetVersion()).isEqualTo(entry.ruleSetVersion());
        assertThat(stored.decision().decidedAt()).isEqualTo(stored.publication().publishedAt());
        assertThat(audit.ofEnterprise(entry.enterpriseId(), 10).map(AuditEvent::action).collectList()
                .block(TestPool.TIMEOUT)).containsExactlyInAnyOrder("pool.tier.decided", "pool.tier.published");
    }

    @Test
    void publishingAgainAfterANewDecisionReplacesThePublicationAndResetsTheAcknowledgement() {
        Instant earlier = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(60);
        PoolEntry entry = pool.published(pool.decided(pool.assessed(YEAR, "再次发布企业", TierResult.TIER_1, "1.1.1"),
                TierResult.TIER_1, earlier), earlier, earlier.plusSeconds(5));

        web.mutateWith(reviewer.bearer()).post()
                .uri("/api/v1/cycles/{y}/entries/{f}/decision", YEAR, entry.enterpriseId())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("tier", "TIER_2", "reason", "研发费用专项审计未完成"))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("DECIDED")
                .jsonPath("$.publication.tier").isEqualTo("TIER_1")
                .jsonPath("$.acknowledgedAt").exists();

        publish(YEAR, entry, null).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("PUBLISHED")
                .jsonPath("$.publication.tier").isEqualTo("TIER_2")
                .jsonPath("$.publication.comment").doesNotExist()
                .jsonPath("$.acknowledgedAt").doesNotExist();
        assertThat(audit.ofEnterprise(entry.enterpriseId(), 10).map(AuditEvent::action).collectList()
                .block(TestPool.TIMEOUT)).as("the decision was the reviewer's: publishing did not decide again")
                .containsExactlyInAnyOrder("pool.tier.decided", "pool.tier.published");
    }

    @Test
    void aFirmLackingDataIsToldWhatIsMissing() {
        PoolEntry entry = pool.insufficient(YEAR, "数据不足企业", "1.1.1");

        publish(YEAR, entry, Map.of("comment", "请补报 2025 年度数据。")).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("PUBLISHED")
                .jsonPath("$.decision").doesNotExist()
                .jsonPath("$.publication.outcome").isEqualTo("INSUFFICIENT_DATA")
                .jsonPath("$.publication.tier").doesNotExist()
                .jsonPath("$.publication.missing[0].item").isEqualTo("filing")
                .jsonPath("$.publication.missing[0].argument").isEqualTo("2025");
        assertThat(audit.ofEnterprise(entry.enterpriseId(), 10).map(AuditEvent::action).collectList()
                .block(TestPool.TIMEOUT)).containsExactly("pool.tier.published");
    }

    @Test
    void aTooLongCommentOrAnUnknownFirmChangesNothing() {
        PoolEntry entry = pool.assessed(YEAR, "评语过长企业", TierResult.TIER_3, "1.1.1");

        publish(YEAR, entry, Map.of("comment", "长".repeat(1001))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("comment");
        assertThat(pool.reload(entry)).isEqualTo(entry);

        web.mutateWith(reviewer.bearer()).post()
                .uri("/api/v1/cycles/{y}/entries/{f}/publication", YEAR, "0123456789abcdef01234567")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of())
                .exchange().expectStatus().isNotFound();
    }

    @Test
    void bulkPublicationPublishesExactlyTheFilteredEntries() {
        List<PoolEntry> tierOne = List.of(pool.assessed(BULK_YEAR, "批量一", TierResult.TIER_1, "1.1.3"),
                pool.assessed(BULK_YEAR, "批量二", TierResult.TIER_1, "1.1.3"),
                pool.assessed(BULK_YEAR, "批量三", TierResult.TIER_1, "1.1.4"));
        PoolEntry tierTwo = pool.assessed(BULK_YEAR, "批量四", TierResult.TIER_2, "1.1.3");
        PoolEntry lacking = pool.insufficient(BULK_YEAR, "批量五", "1.1.3");

        bulk(Map.of("proposedTier", "TIER_9", "status", "NOPE", "comment", "x".repeat(1001)))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[*].field").value(fields ->
                        assertThat(fields).asInstanceOf(InstanceOfAssertFactories.LIST).containsExactlyInAnyOrder("proposedTier", "status", "comment"));
        assertThat(pool.reload(tierTwo).publication()).as("a bad request publishes nothing").isNull();

        bulk(Map.of("proposedTier", "TIER_1", "comment", "请重点做好研发费用归集和申报材料准备。"))
                .expectStatus().isOk().expectBody().jsonPath("$.published").isEqualTo(3);
        tierOne.forEach(entry -> {
            PoolEntry published = pool.reload(entry);
            assertThat(published.publication().tier()).isEqualTo(TierResult.TIER_1);
            assertThat(published.publication().comment()).isEqualTo("请重点做好研发费用归集和申报材料准备。");
            assertThat(published.decision().tier()).isEqualTo(TierResult.TIER_1);
            assertThat(audit.ofEnterprise(entry.enterpriseId(), 10).map(AuditEvent::action).collectList()
                    .block(TestPool.TIMEOUT)).containsExactlyInAnyOrder("pool.tier.decided", "pool.tier.published");
        });
        assertThat(pool.reload(tierTwo).publication()).isNull();
        assertThat(pool.reload(lacking).publication()).isNull();

        bulk(Map.of("status", "INSUFFICIENT_DATA", "technicalField", "1.1.3"))
                .expectStatus().isOk().expectBody().jsonPath("$.published").isEqualTo(1);
        assertThat(pool.reload(lacking).publication().outcome()).isEqualTo(PoolEntry.Outcome.INSUFFICIENT_DATA);

        bulk(Map.of("status", "PROPOSED")).expectStatus().isOk().expectBody().jsonPath("$.published").isEqualTo(1);
        assertThat(pool.reload(tierTwo).publication().tier()).isEqualTo(TierResult.TIER_2);
        bulk(Map.of("status", "PROPOSED")).expectStatus().isOk().expectBody().jsonPath("$.published").isEqualTo(0);
    }

    private WebTestClient.ResponseSpec publish(int year, PoolEntry entry, Map<String, Object> body) {
        var request = web.mutateWith(reviewer.bearer()).post()
                .uri("/api/v1/cycles/{y}/entries/{f}/publication", year, entry.enterpriseId())
                .contentType(MediaType.APPLICATION_JSON);
        return (body == null ? request : request.bodyValue(body)).exchange();
    }

    private WebTestClient.ResponseSpec bulk(Map<String, Object> body) {
        return web.mutateWith(reviewer.bearer()).post().uri("/api/v1/cycles/{y}/publications", BULK_YEAR)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
