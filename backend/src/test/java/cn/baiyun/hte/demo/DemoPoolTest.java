package cn.baiyun.hte.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.baiyun.hte.assessment.TierResult;
import cn.baiyun.hte.coaching.CoachingVisit;
import cn.baiyun.hte.coaching.FollowUp;
import cn.baiyun.hte.enterprise.Enterprise;
import cn.baiyun.hte.enterprise.UnifiedSocialCreditCode;
import cn.baiyun.hte.enterprise.UsccCheck;
import cn.baiyun.hte.platform.audit.AuditEvent;
import cn.baiyun.hte.platform.audit.AuditLog;
import cn.baiyun.hte.platform.time.ClockConfiguration;
import cn.baiyun.hte.pool.TierDecided;
import cn.baiyun.hte.pool.board.PoolEntry;
import cn.baiyun.hte.pool.cycle.Cycle;
import cn.baiyun.hte.pool.cycle.CycleService;
import cn.baiyun.hte.pool.cycle.CycleStatus;
import cn.baiyun.hte.support.Principals;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's pool as the bureau meets it (same context as {@link DemoDataTest}): more than thirty firms in
 * every tier, outside the pool and short of data; last year's cycle complete and recommended with
 * overrides and their reasons; the coming cycle open with its deadlines ahead; referrals from several
 * departments and overdue coaching follow-ups. The years are counted here from the clock independently
 * of the demo's own calendar.
 */
@SpringBootTest(properties = "hte.demo-data.enabled=true")
@AutoConfigureWebTestClient
@ActiveProfiles("test")
class DemoPoolTest {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Autowired
    WebTestClient web;
    @Autowired
    ReactiveMongoTemplate mongo;
    @Autowired
    CycleService cycles;
    @Autowired
    AuditLog audit;
    @Autowired
    Clock clock;

    LocalDate today;
    int coming;
    int previous;

    @BeforeEach
    void years() {
        today = LocalDate.now(clock.withZone(ClockConfiguration.ZONE));
        coming = today.isAfter(LocalDate.of(today.getYear(), 4, 30)) ? today.getYear() + 1 : today.getYear();
        previous = coming - 1;
    }

    @Test
    void theComingCycleIsOpenWithItsDeadlinesAheadAndLastYearsIsRecommended() {
        Map<Integer, Cycle> byYear = cycles.all(Principals.reviewer().user()).collectMap(Cycle::year)
                .block(TIMEOUT);

        assertThat(byYear).containsOnlyKeys(coming, previous);
        Cycle next = byYear.get(coming);
        // firms file only ended fiscal years: the coming cycle is assessed once its last one has ended
        assertThat(next.status()).isEqualTo(coming - 1 < today.getYear() ? CycleStatus.ASSESSED : CycleStatus.OPEN);
        assertThat(next.dates().adjustmentDeadline()).isEqualTo(LocalDate.of(coming, 4, 30)).isAfterOrEqualTo(today);
        assertThat(next.dates().recommendationDeadline()).isEqualTo(LocalDate.of(coming, 5, 25));
        Cycle last = byYear.get(previous);
        assertThat(last.status()).isEqualTo(CycleStatus.RECOMMENDED);
        assertThat(last.recommendedOn()).isBeforeOrEqualTo(today)
                .isBeforeOrEqualTo(last.dates().recommendationDeadline());
    }

    @Test
    void lastYearsPoolHasThirtyFirmsInEveryTierOutsideThePoolAndShortOfData() {
        List<PoolEntry> entries = entries(previous);

        assertThat(entries).hasSizeGreaterThanOrEqualTo(30);
        Map<TierResult, Long> proposed = entries.stream().filter(e -> e.proposedTier() != null)
                .collect(Collectors.groupingBy(PoolEntry::proposedTier, Collectors.counting()));
        assertThat(proposed).containsKeys(TierResult.values());
        assertThat(proposed.values()).allSatisfy(count -> assertThat(count).isPositive());
        assertThat(entries).filteredOn(e -> e.outcome() == PoolEntry.Outcome.INSUFFICIENT_DATA).isNotEmpty();
    }

    @Test
    void eachGeneratedFirmIsProposedWhereItsShapeIsMeantToLand() {
        Map<DemoShape, TierResult> meant = Map.of(DemoShape.ALL_MET, TierResult.TIER_1,
                DemoShape.RD_SHORT, TierResult.TIER_2, DemoShape.STAFF_SHORT, TierResult.TIER_2,
                DemoShape.SCORE_SHORT, TierResult.TIER_2, DemoShape.FAR_OFF, TierResult.TIER_3,
                DemoShape.NON_RESIDENT, TierResult.NOT_IN_POOL);
        Map<String, PoolEntry> byName = entries(previous).stream()
                .collect(Collectors.toMap(PoolEntry::firmName, entry -> entry));

        assertThat(DemoPoolFirm.all()).allSatisfy(firm -> assertThat(byName.get(firm.name()).proposedTier())
                .as(firm.name()).isEqualTo(meant.get(firm.shape())));
    }

    @Test
    void theBureauDecidedEveryAssessedFirmAndOverrodeSomeWithReasons() {
        List<PoolEntry> assessed = entries(previous).stream()
                .filter(e -> e.outcome() == PoolEntry.Outcome.ASSESSED).toList();

        assertThat(assessed).allSatisfy(e -> assertThat(e.decision()).isNotNull());
        List<PoolEntry> overridden = assessed.stream()
                .filter(e -> e.decision().tier() != e.proposedTier()).toList();
        assertThat(overridden).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(e -> assertThat(e.decision().reason()).isNotBlank());
        assertThat(overridden).extracting(e -> e.decision().tier())
                .contains(TierResult.TIER_1, TierResult.NOT_IN_POOL);
        PoolEntry outsideTheFields = overridden.stream()
                .filter(e -> e.decision().tier() == TierResult.NOT_IN_POOL).findFirst().orElseThrow();
        assertThat(outsideTheFields.decision().reason()).contains("国家重点支持的高新技术领域");
        assertThat(audit.ofEnterprise(outsideTheFields.enterpriseId(), 20).collectList().block(TIMEOUT))
                .filteredOn(event -> event.action().equals(TierDecided.TYPE))
                .extracting(AuditEvent::reason).containsExactly(outsideTheFields.decision().reason());
    }

    @Test
    void someFeedbackIsPublishedAndSomeIsNot() {
        List<PoolEntry> entries = entries(previous);

        assertThat(entries).filteredOn(e -> e.publication() != null).hasSizeGreaterThanOrEqualTo(15)
                .anySatisfy(e -> assertThat(e.publication().comment()).isNotBlank());
        assertThat(entries).filteredOn(e -> e.outcome() == PoolEntry.Outcome.ASSESSED && e.publication() == null)
                .isNotEmpty();
        assertThat(entries).filteredOn(e -> e.outcome() == PoolEntry.Outcome.INSUFFICIENT_DATA && e.publication() == null)
                .isNotEmpty();
    }

    @Test
    void tierOneWentToTheProvinceOnTheRecommendationList() {
        List<PoolEntry> tierOne = entries(previous).stream()
                .filter(e -> e.decision() != null && e.decision().tier() == TierResult.TIER_1).toList();

        assertThat(tierOne).hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(e -> assertThat(e.recommendedOn()).isNotNull());
        web.mutateWith(Principals.reviewer().bearer()).get()
                .uri(b -> b.path("/api/v1/cycles/{y}/recommendations").queryParam("limit", 100).build(previous))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items.length()").isEqualTo(tierOne.size());
    }

    @Test
    void partnerDepartmentsReferredFirms() {
        web.mutateWith(Principals.reviewer().bearer()).get()
                .uri(b -> b.path("/api/v1/referrals").queryParam("limit", 100).build())
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items[*].department").value(departments ->
                        assertThat((List<Object>) departments).contains("工信局", "大数据局", "发改局", "商促局")
                                .hasSizeGreaterThanOrEqualTo(15));
    }

    @Test
    void coachingFollowUpsAreOpenAndOverdue() {
        List<FollowUp> followUps = mongo.findAll(CoachingVisit.class).flatMapIterable(CoachingVisit::followUps)
                .collectList().block(TIMEOUT);

        assertThat(followUps).filteredOn(f -> f.overdueOn(today)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(followUps).filteredOn(f -> f.open() && !f.overdueOn(today)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(followUps).filteredOn(f -> !f.open()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void everyFirmHasAValidCodeAndAChineseName() {
        List<Enterprise> firms = mongo.findAll(Enterprise.class).collectList().block(TIMEOUT);

        assertThat(firms).hasSizeGreaterThanOrEqualTo(33).allSatisfy(firm -> {
            assertThat(UnifiedSocialCreditCode.parse(firm.uscc())).isInstanceOf(UsccCheck.Valid.class);
            assertThat(firm.name()).matches(".*(有限公司|办事处|代表处)$");
        });
        assertThat(firms.stream().map(Enterprise::uscc).collect(Collectors.toSet())).hasSameSizeAs(firms);
    }

    private List<PoolEntry> entries(int year) {
        return mongo.find(Query.query(Criteria.where("cycleYear").is(year)), PoolEntry.class).collectList()
                .block(TIMEOUT);
    }
}
