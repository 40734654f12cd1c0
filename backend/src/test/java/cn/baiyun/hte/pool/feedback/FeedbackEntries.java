package cn.baiyun.hte.pool.feedback;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import cn.baiyun.hte.assessment.Assessment;
import cn.baiyun.hte.assessment.TechSmeRoute;
import cn.baiyun.hte.assessment.TierResult;
import cn.baiyun.hte.pool.board.MissingData;
import cn.baiyun.hte.pool.board.PoolEntry;
import cn.baiyun.hte.pool.board.PoolEntryRepository;

/**
 * Pool entries as an assessment run and the bureau's publication leave them, saved straight into the
 * repository: the snapshot of a worked example, a decision with an internal reason, and a publication.
 */
final class FeedbackEntries {

    static final String INTERNAL_REASON = "内部讨论：审核员王某建议调整";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final PoolEntryRepository entries;

    FeedbackEntries(PoolEntryRepository entries) {
        this.entries = entries;
    }

    /**
     * An assessed entry of the worked example, published with {@code tier} and {@code comment}; its tech-based
     * SME result passes with 72 points and the firm is not in the register.
     */
    PoolEntry published(String firm, int year, String caseId, TierResult tier, String comment, Instant publishedAt) {
        return save(assessed(firm, year, caseId, tier, new PoolEntry.Publication(PoolEntry.Outcome.ASSESSED, tier,
                FeedbackSamples.result(caseId).tier().unmet().stream().map(Enum::name).toList(), List.of(),
                FeedbackSamples.result(caseId).ruleSetVersion(), FeedbackSamples.snapshotJson(caseId), comment,
                publishedAt, new PoolEntry.TechSme(true, TechSmeRoute.SCORE, 72, true, year - 1, false))));
    }

    /** An assessed entry the bureau has decided on but not published. */
    PoolEntry unpublished(String firm, int year, String caseId) {
        return save(assessed(firm, year, caseId, FeedbackSamples.result(caseId).tier().result(), null));
    }

    /** "Insufficient data", published with what is missing. */
    PoolEntry insufficientData(String firm, int year, Instant publishedAt) {
        List<MissingData> missing = List.of(new MissingData("filing", String.valueOf(year - 1)),
                new MissingData("registrationDate", null));
        return save(new PoolEntry(null, year, firm, "反馈测试公司", null, PoolEntry.Outcome.INSUFFICIENT_DATA, null,
                List.of(), missing, "2026.1", null, null, publishedAt, null,
                new PoolEntry.Publication(PoolEntry.Outcome.INSUFFICIENT_DATA, null, List.of(), missing, "2026.1", null,
                        null, publishedAt, null), null, null, null));
    }

    PoolEntry stored(String firm, int year) {
        return entries.findByCycleYearAndEnterpriseId(year, firm).block(TIMEOUT);
    }

    private PoolEntry assessed(String firm, int year, String caseId, TierResult decided, PoolEntry.Publication publication) {
        Assessment result = FeedbackSamples.result(caseId);
        return new PoolEntry(null, year, firm, "反馈测试公司", "8.4.2", PoolEntry.Outcome.ASSESSED, result.tier().result(),
                result.tier().unmet().stream().map(Enum::name).toList(), List.of(), result.ruleSetVersion(),
                "digest-" + caseId, FeedbackSamples.snapshotJson(caseId), Instant.parse("2031-04-20T02:00:00Z"),
                new PoolEntry.Decision(decided, INTERNAL_REASON, Instant.parse("2031-04-21T02:00:00Z")), publication,
                null, null, null);
    }

    private PoolEntry save(PoolEntry entry) {
        return entries.save(entry).block(TIMEOUT);
    }
}
