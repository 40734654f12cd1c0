package cn.baiyun.hte.pool.board;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import cn.baiyun.hte.assessment.TierResult;
import cn.baiyun.hte.assessment.WorkedExamples;
import cn.baiyun.hte.pool.cycle.Cycle;
import cn.baiyun.hte.pool.cycle.TestCycles;
import org.bson.types.ObjectId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A test cycle in a year no run uses, with entries written straight into the pool in any state a run,
 * a decision, a publication and the firm's acknowledgement can leave them. Each entry gets a firm id
 * of its own, so tests can pick their entries out of the shared database.
 */
@Component
class TestPool {

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final String RULES = "2026.1";

    @Autowired
    TestCycles cycles;
    @Autowired
    PoolEntryRepository entries;

    /** The year's cycle, opened here unless a test class sharing the year already did. */
    Cycle cycle(int year) {
        return cycles.stored(year).switchIfEmpty(cycles.open(year)).block(TIMEOUT);
    }

    /** An assessed entry with the snapshot of worked example C01, under its own firm id. */
    PoolEntry assessed(int year, String name, TierResult proposed, String field) {
        return assessedFor(year, new ObjectId().toHexString(), name, proposed, field);
    }

    PoolEntry assessedFor(int year, String enterpriseId, String name, TierResult proposed, String field) {
        String snapshot = JsonMapper.builder().build()
                .writeValueAsString(WorkedExamples.camelCased(WorkedExamples.hteCase("C01").get("inputs")));
        return entries.save(new PoolEntry(null, year, enterpriseId, name, field,
                PoolEntry.Outcome.ASSESSED, proposed, List.of("C4_ST_STAFF_RATIO"), List.of(), RULES, "digest-" + name,
                snapshot, Instant.now().truncatedTo(ChronoUnit.MILLIS), null, null, null, null, null)).block(TIMEOUT);
    }

    PoolEntry insufficient(int year, String name, String field) {
        return entries.save(new PoolEntry(null, year, new ObjectId().toHexString(), name, field,
                PoolEntry.Outcome.INSUFFICIENT_DATA, null, List.of(), List.of(new MissingData("filing", "2025")), RULES,
                null, null, Instant.now().truncatedTo(ChronoUnit.MILLIS), null, null, null, null, null)).block(TIMEOUT);
    }

    PoolEntry decided(PoolEntry entry, TierResult tier, Instant at) {
        return entries.save(with(entry, new PoolEntry.Decision(tier, "理由", at), entry.publication(),
                entry.acknowledgedAt())).block(TIMEOUT);
    }

    PoolEntry published(PoolEntry entry, Instant at, Instant acknowledgedAt) {
        PoolEntry.Publication publication = new PoolEntry.Publication(entry.outcome(),
                entry.decision() == null ? null : entry.decision().tier(), entry.unmet(), entry.missing(),
                entry.ruleSetVersion(), entry.snapshotJson(), null, at, entry.techSme());
        return entries.save(with(entry, entry.decision(), publication, acknowledgedAt)).block(TIMEOUT);
    }

    /** The entry with the run's tech-based SME result, before any decision or publication copies it. */
    PoolEntry withTechSme(PoolEntry e, PoolEntry.TechSme techSme) {
        return entries.save(new PoolEntry(e.id(), e.cycleYear(), e.enterpriseId(), e.firmName(), e.technicalField(),
                e.outcome(), e.proposedTier(), e.unmet(), e.missing(), e.ruleSetVersion(), e.inputsDigest(),
                e.snapshotJson(), e.assessedAt(), e.decision(), e.publication(), e.acknowledgedAt(), e.recommendedOn(),
                techSme)).block(TIMEOUT);
    }

    PoolEntry reload(PoolEntry entry) {
        return entries.findById(entry.id()).block(TIMEOUT);
    }

    private static PoolEntry with(PoolEntry e, PoolEntry.Decision decision, PoolEntry.Publication publication,
                                  Instant acknowledgedAt) {
        return new PoolEntry(e.id(), e.cycleYear(), e.enterpriseId(), e.firmName(), e.technicalField(), e.outcome(),
                e.proposedTier(), e.unmet(), e.missing(), e.ruleSetVersion(), e.inputsDigest(), e.snapshotJson(),
                e.assessedAt(), decision, publication, acknowledgedAt, e.recommendedOn(), e.techSme());
    }
}
