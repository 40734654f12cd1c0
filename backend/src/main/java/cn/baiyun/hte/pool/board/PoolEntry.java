package cn.baiyun.hte.pool.board;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.baiyun.hte.assessment.TechSmeEvaluation;
import cn.baiyun.hte.assessment.TechSmeRoute;
import cn.baiyun.hte.assessment.TierResult;
import cn.baiyun.hte.enterprise.TechSmeRegistration;
import cn.baiyun.hte.platform.events.WithOutbox;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One firm in one year's pool: the engine's proposal with what it was computed from. The snapshot is
 * kept with its rule-set version and digest, so the full result can be recomputed exactly at any later
 * time and a rule change never rewrites an old proposal.
 *
 * @param snapshotJson   the engine's input as JSON; null when data were missing
 * @param missing        what the firm must still file before it can be assessed
 * @param publication    what the firm sees; null until the bureau publishes
 * @param acknowledgedAt when the firm acknowledged the current publication; reset by a new one
 * @param recommendedOn  the day a tier-1 firm was recommended to the province
 * @param techSme        the run's tech-based SME evaluation; null when its figures were missing
 */
@Document("poolEntries")
@WithOutbox
@CompoundIndex(name = "by_cycle_and_firm", def = "{'cycleYear': 1, 'enterpriseId': 1}", unique = true)
@CompoundIndex(name = "by_cycle_and_tier", def = "{'cycleYear': 1, 'proposedTier': 1, '_id': 1}")
@CompoundIndex(name = "by_cycle_and_decided_tier", def = "{'cycleYear': 1, 'decision.tier': 1, '_id': 1}")
@CompoundIndex(name = "by_cycle_and_field", def = "{'cycleYear': 1, 'technicalField': 1, '_id': 1}")
// The board's status filter: published or not, decided or not, then the outcome (EntryStatus#criteria).
@CompoundIndex(name = "by_cycle_and_status",
        def = "{'cycleYear': 1, 'publication.publishedAt': 1, 'decision.decidedAt': 1, 'outcome': 1}")
// The board's tech-SME filter (TechSmeStanding#criteria).
@CompoundIndex(name = "by_cycle_and_tech_sme", def = "{'cycleYear': 1, 'techSme.qualifies': 1, 'techSme.registered': 1}")
@CompoundIndex(name = "by_firm_history", def = "{'enterpriseId': 1, 'cycleYear': -1}")
public record PoolEntry(@Id String id, int cycleYear, String enterpriseId, String firmName, String technicalField,
                        Outcome outcome, TierResult proposedTier, List<String> unmet,
                        List<MissingData> missing, String ruleSetVersion, String inputsDigest,
                        String snapshotJson, Instant assessedAt, Decision decision, Publication publication,
                        Instant acknowledgedAt, LocalDate recommendedOn, TechSme techSme) {

    public enum Outcome { ASSESSED, INSUFFICIENT_DATA }

    /**
     * The bureau's tier for the firm: the proposal confirmed, or another tier with the reason why. Who
     * decided is in the audit log, never shown to the firm.
     */
    public record Decision(TierResult tier, String reason, Instant decidedAt) {
    }

    /**
     * What the firm is shown: a copy of the entry as it stood when the bureau published it, so a later
     * run or decision changes nothing the firm reads until the bureau publishes again. The full result
     * is recomputed from the snapshot with its rule-set version.
     *
     * @param comment the bureau's word to the firm, shown without who wrote it; may be null
     * @param techSme the run's tech-based SME result as it stood when published; null without one
     */
    public record Publication(Outcome outcome, TierResult tier, List<String> unmet, List<MissingData> missing,
                              String ruleSetVersion, String snapshotJson, String comment, Instant publishedAt,
                              TechSme techSme) {

        public Publication {
            unmet = unmet == null ? List.of() : List.copyOf(unmet);
            missing = missing == null ? List.of() : List.copyOf(missing);
        }
    }

    /**
     * The firm's tech-based SME evaluation (国科发政〔2017〕115号, hte-rules.md §4) from the figures of the fiscal
     * year before the cycle's assessment date, recorded by every run beside the HTE proposal: the stage of
     * the pipeline before an HTE (project → firm → tech-based SME → HTE), which the programme's funnel counts.
     * <p>
     * What tier 3 does with it: the Baiyun plan coaches tier 3 on growth targets, and the next target on the
     * pipeline of a firm that far from recognition is the tech-based SME register. So a tier-3 firm whose figures
     * already pass and that is not in the register ({@link #toRegister()}) is told to register, in its feedback
     * and in its coaching focus ({@code CoachingTopic.TECH_SME_REGISTRATION}), and the board lets the reviewer
     * list those firms ({@link TechSmeStanding}). The tier algorithm (§7.3) is untouched: the tech-SME result
     * never changes a tier.
     *
     * @param total      the 100-point score; it passes at 60 with a non-zero S&T staff score
     * @param dataYear   the fiscal year whose figures were evaluated
     * @param registered the firm's profile named an entry in the register of the evaluation year or the year
     *                   before when the run evaluated it ({@link #registeredFor})
     */
    public record TechSme(boolean qualifies, TechSmeRoute route, int total, boolean sizeOk, int dataYear,
                          boolean registered) {

        public static TechSme of(TechSmeEvaluation evaluation, int dataYear, TechSmeRegistration registration) {
            return new TechSme(evaluation.qualifies(), evaluation.route(), evaluation.total(), evaluation.sizeOk(),
                    dataYear, registeredFor(registration, dataYear + 1));
        }

        /**
         * Whether a registration counts as being in the register for an evaluation year. The register is renewed
         * every year, and the year's round opens after the pool is adjusted (by the end of April), so an entry of
         * the year before still counts; an older one has lapsed.
         */
        public static boolean registeredFor(TechSmeRegistration registration, int evaluationYear) {
            return registration != null && registration.year() >= evaluationYear - 1;
        }

        /** Passes the evaluation but is not in the register: the firm should register. */
        public boolean toRegister() {
            return qualifies && !registered;
        }
    }

    public PoolEntry {
        unmet = unmet == null ? List.of() : List.copyOf(unmet);
        missing = missing == null ? List.of() : List.copyOf(missing);
    }
}
