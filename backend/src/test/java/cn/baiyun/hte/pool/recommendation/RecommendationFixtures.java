package cn.baiyun.hte.pool.recommendation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.baiyun.hte.assessment.Assessment;
import cn.baiyun.hte.assessment.FirmSnapshot;
import cn.baiyun.hte.assessment.HteEngine;
import cn.baiyun.hte.assessment.RuleSets;
import cn.baiyun.hte.assessment.TierResult;
import cn.baiyun.hte.assessment.WorkedExamples;
import cn.baiyun.hte.enterprise.Contact;
import cn.baiyun.hte.enterprise.EnterpriseProfile;
import cn.baiyun.hte.enterprise.EnterpriseService;
import cn.baiyun.hte.enterprise.LifecycleStage;
import cn.baiyun.hte.platform.web.IfMatch;
import cn.baiyun.hte.pool.board.PoolEntry;
import cn.baiyun.hte.pool.board.PoolEntryRepository;
import cn.baiyun.hte.pool.cycle.Cycle;
import cn.baiyun.hte.pool.cycle.TestCycles;
import cn.baiyun.hte.pool.run.AssessmentJson;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFirms;
import org.springframework.stereotype.Component;

/**
 * Cycles and pool entries for the recommendation tests, stored directly: real firms, and snapshots of the
 * worked examples as the assessment run would have stored them, so every figure is one the examples state.
 */
@Component
class RecommendationFixtures {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final TestCycles cycles;
    private final PoolEntryRepository entries;
    private final AssessmentJson json;
    private final TestFirms firms;
    private final EnterpriseService enterprises;
    private final Clock clock;

    RecommendationFixtures(TestCycles cycles, PoolEntryRepository entries, AssessmentJson json, TestFirms firms,
                           EnterpriseService enterprises, Clock clock) {
        this.cycles = cycles;
        this.entries = entries;
        this.json = json;
        this.firms = firms;
        this.enterprises = enterprises;
        this.clock = clock;
    }

    Cycle cycle(int year) {
        return cycles.open(year).block(TIMEOUT);
    }

    Cycle storedCycle(int year) {
        return cycles.stored(year).block(TIMEOUT);
    }

    /** A verified firm with one contact; returns its id. */
    String firm(String name, Contact contact) {
        return firm(name, name, contact);
    }

    /**
     * A firm claimed as {@code claimed} whose profile was then stored as {@code name}, bypassing the
     * checks of what is typed, as records stored before those checks may be.
     */
    String firm(String claimed, String name, Contact contact) {
        Principals owner = Principals.firmUser("rec-" + TestFirms.newUscc());
        String id = firms.approvedFirm(owner, claimed);
        enterprises.updateProfile(owner.user(), id, new EnterpriseProfile(name, LocalDate.of(2015, 3, 1), null, "白云区",
                "1.1.9", true, false, false, null, null, null, LifecycleStage.TECH_BASED_SME,
                contact == null ? List.of() : List.of(contact)), IfMatch.unconditional()).block(TIMEOUT);
        return id;
    }

    /**
     * The entry of {@code firmId} in {@code year} assessed on the worked example {@code exampleId}, with the
     * bureau's {@code decided} tier (null: not decided yet).
     */
    PoolEntry entry(int year, String firmId, String exampleId, TierResult decided) {
        FirmSnapshot snapshot = json.mapper().treeToValue(
                WorkedExamples.camelCased(WorkedExamples.hteCase(exampleId).get("inputs")), FirmSnapshot.class);
        Assessment result = new HteEngine(RuleSets.current()).assess(snapshot);
        Instant now = Instant.now(clock);
        PoolEntry.Decision decision = decided == null ? null
                : new PoolEntry.Decision(decided, decided == result.tier().result() ? null : "测试调整", now);
        return entries.save(new PoolEntry(null, year, firmId, firms.stored(firmId).name(), "1.1.9",
                PoolEntry.Outcome.ASSESSED, result.tier().result(), List.of(), List.of(), result.ruleSetVersion(),
                "digest-" + exampleId, json.mapper().writeValueAsString(snapshot), now, decision, null, null, null, null))
                .block(TIMEOUT);
    }

    String storedFirmUscc(String firmId) {
        return firms.stored(firmId).uscc();
    }

    PoolEntry stored(String entryId) {
        return entries.findById(entryId).block(TIMEOUT);
    }

    PoolEntry decide(PoolEntry entry, TierResult tier) {
        return entries.save(new PoolEntry(entry.id(), entry.cycleYear(), entry.enterpriseId(), entry.firmName(),
                entry.technicalField(), entry.outcome(), entry.proposedTier(), entry.unmet(), entry.missing(),
                entry.ruleSetVersion(), entry.inputsDigest(), entry.snapshotJson(), entry.assessedAt(),
                new PoolEntry.Decision(tier, tier == entry.proposedTier() ? null : "测试调整", Instant.now(clock)),
                entry.publication(), entry.acknowledgedAt(), entry.recommendedOn(), entry.techSme())).block(TIMEOUT);
    }
}
