package cn.baiyun.hte.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import cn.baiyun.hte.assessment.TierResult;
import cn.baiyun.hte.enterprise.Enterprise;
import cn.baiyun.hte.enterprise.FirmFigures;
import cn.baiyun.hte.enterprise.HteCertificate;
import cn.baiyun.hte.enterprise.LifecycleStage;
import cn.baiyun.hte.enterprise.SpecializedCertificate;
import cn.baiyun.hte.pool.PoolFigures;
import cn.baiyun.hte.pool.board.PoolEntry;
import cn.baiyun.hte.support.PortalIntegrationTest;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static cn.baiyun.hte.dashboard.DashboardFixture.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures that join a cycle's pool entries to their firms in the database (the outlook; the tier-1 firms
 * already recognised in the year, for the subsidies) against the same figures computed straightforwardly in Java
 * from every entry and firm read back, on generated data: 300 firms with random certificates, sizes and 专精特新
 * certificates, and a pool of 2087 (a year no other test uses) whose entries have every mix of proposal,
 * decision and publication, some naming a firm that does not exist.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutlookJoinTest {

    static final int YEAR = 2087;
    static final LocalDate DAY = LocalDate.of(YEAR, 6, 30);
    static final TierResult[] TIERS = {TierResult.TIER_1, TierResult.TIER_2, TierResult.TIER_3, TierResult.NOT_IN_POOL,
            null};

    @Autowired
    ReactiveMongoTemplate mongo;
    @Autowired
    DashboardService dashboards;
    @Autowired
    FirmFigures figures;
    @Autowired
    PoolFigures pool;

    final Map<String, Enterprise> firms = new HashMap<>();
    List<PoolEntry> entries;

    @BeforeAll
    void generated() {
        Random random = new Random(2087);
        DashboardFixture fixture = new DashboardFixture(mongo);
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            // Issued over the four years before the day and a few weeks after it: valid, ended and not yet valid.
            LocalDate issued = random.nextInt(3) == 0 ? null : DAY.minusDays(random.nextInt(4 * 365) - 30);
            Boolean above = random.nextInt(3) == 0 ? null : random.nextBoolean();
            LocalDate from = random.nextBoolean() ? null : DAY.minusDays(random.nextInt(800) - 100);
            ids.add(fixture.firm("联看" + i, "1.1.9", issued, above, from, from == null ? null : from.plusYears(1),
                    null, LifecycleStage.REGISTERED_FIRM));
        }
        fixture.store();
        mongo.find(Query.query(Criteria.where("_id").in(ids.stream().map(ObjectId::new).toList())), Enterprise.class)
                .doOnNext(firm -> firms.put(firm.id(), firm)).blockLast(TIMEOUT);
        Instant now = Instant.now();
        for (String id : ids) {
            if (random.nextInt(10) == 0) {
                continue;
            }
            entry(id, TIERS[random.nextInt(TIERS.length)], TIERS[random.nextInt(TIERS.length)],
                    TIERS[random.nextInt(TIERS.length)], now);
        }
        for (int i = 0; i < 10; i++) {
            entry(new ObjectId().toHexString(), TierResult.TIER_1, TierResult.TIER_1, TierResult.TIER_1, now);
        }
        entries = mongo.find(Query.query(Criteria.where("cycleYear").is(YEAR)), PoolEntry.class).collectList()
                .block(TIMEOUT);
    }

    @Test
    void theOutlookCountsWhatTheDecidedTiersFirmsWouldAdd() {
        var outlook = dashboards.outlook(YEAR, DAY).block(TIMEOUT);

        assertThat(outlook.getT1()).isEqualTo(gain(List.of(TierResult.TIER_1)));
        assertThat(outlook.getT2()).isEqualTo(gain(List.of(TierResult.TIER_1, TierResult.TIER_2)));
        assertThat(outlook.getT1().firms()).isPositive();
        assertThat(outlook.getT2().newSpecialisedHte()).isPositive();
    }

    @Test
    void theTierOneFirmsRecognisedInTheYearAreCountedAsInJava() {
        List<PoolEntry> tierOne = entries.stream().filter(entry -> entry.decision() != null && entry.decision().tier() != null
                ? entry.decision().tier() == TierResult.TIER_1 : entry.proposedTier() == TierResult.TIER_1).toList();
        long issuedInYear = tierOne.stream().map(entry -> firms.get(entry.enterpriseId()))
                .filter(firm -> firm != null && firm.profile().hteCertificate() != null
                        && firm.profile().hteCertificate().issueDate().getYear() == YEAR).count();

        assertThat(pool.tierOneCount(YEAR).block(TIMEOUT)).isEqualTo(tierOne.size());
        assertThat(figures.issuedAmong(pool.tierOne(YEAR), YEAR).block(TIMEOUT)).isEqualTo(issuedInYear).isPositive();
    }

    /** The rule in plain Java: the bureau's tier (its decision, else the published one) among {@code tiers}. */
    private FirmFigures.Gain gain(List<TierResult> tiers) {
        long count = 0;
        long newHte = 0;
        long aboveSize = 0;
        long specialised = 0;
        for (PoolEntry entry : entries) {
            TierResult tier = entry.decision() != null ? entry.decision().tier()
                    : entry.publication() == null ? null : entry.publication().tier();
            Enterprise firm = firms.get(entry.enterpriseId());
            if (tier == null || !tiers.contains(tier) || firm == null) {
                continue;
            }
            count++;
            HteCertificate certificate = firm.profile().hteCertificate();
            if (certificate != null && !certificate.issueDate().isAfter(DAY) && !certificate.validUntil().isBefore(DAY)) {
                continue;
            }
            newHte++;
            if (Boolean.TRUE.equals(firm.profile().aboveDesignatedSize())) {
                aboveSize++;
            }
            SpecializedCertificate s = firm.profile().specialized();
            if (s != null && !s.validFrom().isAfter(DAY) && !s.validTo().isBefore(DAY)) {
                specialised++;
            }
        }
        return new FirmFigures.Gain(count, newHte, aboveSize, specialised);
    }

    private void entry(String enterpriseId, TierResult proposed, TierResult decided, TierResult published, Instant now) {
        mongo.insert(new PoolEntry(null, YEAR, enterpriseId, "联看", "1.1.9", PoolEntry.Outcome.ASSESSED, proposed,
                List.of(), List.of(), "test", "digest-" + enterpriseId, null, now,
                decided == null ? null : new PoolEntry.Decision(decided, null, now),
                published == null ? null : new PoolEntry.Publication(PoolEntry.Outcome.ASSESSED, published, List.of(),
                        List.of(), "test", null, null, now, null),
                null, null, null)).block(TIMEOUT);
    }
}
