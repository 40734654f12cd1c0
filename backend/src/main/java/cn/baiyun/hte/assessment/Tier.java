package cn.baiyun.hte.assessment;

import java.util.List;

/**
 * The proposed tier of the cultivation pool (hte-rules.md §7.3).
 *
 * @param unmet             the conditions not met, in condition order
 * @param gapClassification how each unmet condition can be closed; null for TIER_1 and NOT_IN_POOL
 * @param reason            why the firm is outside the pool; null otherwise
 */
public record Tier(TierResult result, List<ConditionId> unmet, GapClassification gapClassification,
                   String reason, List<String> coachingFocus) {
}
