package cn.baiyun.hte.assessment;

/** Tier 1 applies this year, tier 2 next year, tier 3 in the third year (Baiyun plan). */
public enum TierResult {
    TIER_1, TIER_2, TIER_3, NOT_IN_POOL
}
