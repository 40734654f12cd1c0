package cn.baiyun.hte.pool.board;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.baiyun.hte.assessment.TechSmeRoute;
import cn.baiyun.hte.assessment.TierResult;
import cn.baiyun.hte.referral.Referral;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFirms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import org.assertj.core.api.InstanceOfAssertFactories;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The board's filters on the API, alone and combined, with paging, over entries in every status of a
 * year of its own; bad filter values are field problems.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PoolBoardApiTest {

    static final int YEAR = 2051;
    static final String DEPARTMENT = "筛选测试推荐局";

    @Autowired
    WebTestClient web;
    @Autowired
    TestPool pool;
    @Autowired
    ReactiveMongoTemplate mongo;

    final Principals reviewer = Principals.reviewer();
    final Map<String, PoolEntry> mine = new java.util.HashMap<>();

    @BeforeAll
    void entriesInEveryStatus() {
        pool.cycle(YEAR);
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(300);
        put("proposed", pool.assessed(YEAR, "proposed", TierResult.TIER_1, "1.1.1"));
        put("decided", pool.decided(pool.withTechSme(pool.assessed(YEAR, "decided", TierResult.TIER_2, "1.1.2"),
                techSme(false, false)), TierResult.TIER_1, t0));
        put("published", pool.published(pool.decided(pool.assessed(YEAR, "published", TierResult.TIER_1, "1.1.1"),
                TierResult.TIER_1, t0), t0.plusSeconds(10), null));
        put("acknowledged", pool.published(pool.decided(pool.withTechSme(pool.assessed(YEAR, "acknowledged",
                TierResult.TIER_3, "1.1.2"), techSme(true, false)), TierResult.TIER_3, t0), t0.plusSeconds(10),
                t0.plusSeconds(20)));
        put("insufficient", pool.insufficient(YEAR, "insufficient", "1.1.1"));
        PoolEntry redecided = pool.published(pool.decided(pool.withTechSme(pool.assessed(YEAR, "redecided",
                TierResult.TIER_2, "1.1.2"), techSme(false, true)), TierResult.TIER_2, t0), t0.plusSeconds(10),
                t0.plusSeconds(20));
        put("redecided", pool.decided(redecided, TierResult.TIER_3, t0.plusSeconds(30)));
        put("insufficient-published", pool.published(pool.insufficient(YEAR, "insufficient-published", "1.1.1"),
                t0.plusSeconds(10), null));
        for (String name : List.of("proposed", "acknowledged")) {
            mongo.save(new Referral(null, mine.get(name).enterpriseId(), TestFirms.newUscc(), DEPARTMENT, "推荐", "officer", t0))
                    .block(TestPool.TIMEOUT);
        }
    }

    /** The run's tech-SME result of fiscal year YEAR − 1: passes with 72 points, or fails with 36. */
    private static PoolEntry.TechSme techSme(boolean qualifies, boolean registered) {
        return new PoolEntry.TechSme(qualifies, qualifies ? TechSmeRoute.SCORE : TechSmeRoute.NONE, qualifies ? 72 : 36,
                true, YEAR - 1, registered);
    }

    private void put(String name, PoolEntry entry) {
        mine.put(name, entry);
    }

    @Test
    void eachFilterAloneSelectsItsEntries() {
        assertThat(found("proposedTier=TIER_1")).containsExactlyInAnyOrder("proposed", "published");
        assertThat(found("decidedTier=TIER_1")).containsExactlyInAnyOrder("decided", "published");
        assertThat(found("technicalField=1.1.2")).containsExactlyInAnyOrder("decided", "acknowledged", "redecided");
        assertThat(found("status=INSUFFICIENT_DATA")).containsExactly("insufficient");
        assertThat(found("status=PROPOSED")).containsExactly("proposed");
        assertThat(found("status=DECIDED")).as("decided after the last publication counts as decided")
                .containsExactlyInAnyOrder("decided", "redecided");
        assertThat(found("status=PUBLISHED")).containsExactlyInAnyOrder("published", "insufficient-published");
        assertThat(found("status=ACKNOWLEDGED")).containsExactly("acknowledged");
        assertThat(found("department=" + DEPARTMENT)).containsExactlyInAnyOrder("proposed", "acknowledged");
        assertThat(found("department=无此部门")).isEmpty();
        assertThat(found("outcome=INSUFFICIENT_DATA")).containsExactlyInAnyOrder("insufficient", "insufficient-published");
    }

    @Test
    void filtersCombine() {
        assertThat(found("proposedTier=TIER_1&technicalField=1.1.1&status=PUBLISHED")).containsExactly("published");
        assertThat(found("department=" + DEPARTMENT + "&status=ACKNOWLEDGED")).containsExactly("acknowledged");
        assertThat(found("department=" + DEPARTMENT + "&technicalField=1.1.2&decidedTier=TIER_1")).isEmpty();
        assertThat(found("technicalField=1.1.2&decidedTier=TIER_3")).containsExactlyInAnyOrder("acknowledged", "redecided");
    }

    /** Tier 3 by tech-based SME result: the firms to tell to register, the registered, the rest. */
    @Test
    void theTechSmeFilterPartsTheEntriesAndEachShowsItsStanding() {
        assertThat(found("techSme=TO_REGISTER")).containsExactly("acknowledged");
        assertThat(found("techSme=REGISTERED")).as("registered whatever the evaluation").containsExactly("redecided");
        assertThat(found("techSme=NOT_QUALIFYING")).containsExactly("decided");
        assertThat(found("techSme=NOT_EVALUATED")).containsExactlyInAnyOrder("proposed", "published", "insufficient",
                "insufficient-published");
        assertThat(found("decidedTier=TIER_3&techSme=TO_REGISTER")).containsExactly("acknowledged");
        assertThat(found("decidedTier=TIER_3&techSme=NOT_QUALIFYING")).isEmpty();
        for (String standing : List.of("TO_REGISTER", "REGISTERED", "NOT_QUALIFYING", "NOT_EVALUATED")) {
            list("techSme=" + standing + "&limit=200").forEach(item ->
                    assertThat(item.get("techSme")).as(String.valueOf(item.get("firmName"))).isEqualTo(standing));
        }
    }

    @Test
    void eachEntryShowsTheStatusItIsFilteredBy() {
        for (String status : List.of("INSUFFICIENT_DATA", "PROPOSED", "DECIDED", "PUBLISHED", "ACKNOWLEDGED")) {
            list("status=" + status + "&limit=200").forEach(item ->
                    assertThat(item.get("status")).as(String.valueOf(item.get("firmName"))).isEqualTo(status));
        }
    }

    @Test
    void pagingKeepsTheFilters() {
        List<String> names = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            String query = "technicalField=1.1.1&limit=1" + (cursor == null ? "" : "&cursor=" + cursor);
            Map<String, Object> page = page(query);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
            assertThat(items).hasSizeLessThanOrEqualTo(1);
            items.forEach(item -> names.add(nameOf(item)));
            cursor = (String) page.get("next");
            pages++;
        } while (cursor != null && pages < 50);
        assertThat(names.stream().filter(mine::containsKey))
                .containsExactlyInAnyOrder("proposed", "published", "insufficient", "insufficient-published");
    }

    @Test
    void theSummaryShowsDecisionPublicationWithoutSnapshotAndAcknowledgement() {
        web.mutateWith(reviewer.bearer()).get()
                .uri("/api/v1/cycles/{y}/entries/{f}", YEAR, mine.get("acknowledged").enterpriseId())
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("ACKNOWLEDGED")
                .jsonPath("$.decision.tier").isEqualTo("TIER_3")
                .jsonPath("$.publication.tier").isEqualTo("TIER_3")
                .jsonPath("$.publication.publishedAt").exists()
                .jsonPath("$.publication.snapshotJson").doesNotExist()
                .jsonPath("$.snapshotJson").doesNotExist()
                .jsonPath("$.acknowledgedAt").exists();
    }

    @Test
    void badFilterValuesAreFieldProblems() {
        web.mutateWith(reviewer.bearer()).get()
                .uri("/api/v1/cycles/" + YEAR + "/entries?proposedTier=TIER_9&decidedTier=tier_1&status=DONE"
                        + "&technicalField=1.1.99&outcome=MAYBE&techSme=maybe&department=" + "局".repeat(101))
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[*].field").value(fields -> assertThat(fields).asInstanceOf(InstanceOfAssertFactories.LIST).containsExactlyInAnyOrder(
                        "proposedTier", "decidedTier", "status", "outcome", "techSme", "technicalField", "department"));
        web.mutateWith(reviewer.bearer()).get().uri("/api/v1/cycles/" + YEAR + "/entries?technicalField=1")
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("technicalField");
    }

    private Set<String> found(String query) {
        return list(query + "&limit=200").stream().map(this::nameOf).filter(mine::containsKey)
                .collect(Collectors.toSet());
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> list(String query) {
        return (List<Map<String, Object>>) page(query).get("items");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> page(String query) {
        return web.mutateWith(reviewer.bearer()).get().uri("/api/v1/cycles/" + YEAR + "/entries?" + query)
                .exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    /** The test's name of an entry, if it is one of this test's. */
    private String nameOf(Map<String, Object> item) {
        return mine.entrySet().stream().filter(e -> e.getValue().enterpriseId().equals(item.get("enterpriseId")))
                .map(Map.Entry::getKey).findFirst().orElse("other:" + item.get("enterpriseId"));
    }
}
