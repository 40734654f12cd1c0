package cn.baiyun.hte.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One target against the actual figure on the dashboard's day, and the outlook: the figure if the current
 * cycle's tier-1 firms (decided or published) were recognised, and if tier 2's were too. Counts are whole
 * numbers; the share is a fraction with four decimals (0.1250 for 12.5%), null when there is no valid 专精特新
 * firm to divide by.
 *
 * @param percentOfTarget the actual as a whole percentage of the target, at most 100 (for the progress bar)
 */
public record TargetProgress(TargetKind kind, BigDecimal target, BigDecimal actual, BigDecimal withTier1,
                             BigDecimal withTiers1And2, int percentOfTarget, boolean reached) {

    static final int SHARE_SCALE = 4;

    static TargetProgress of(TargetKind kind, BigDecimal target, BigDecimal actual, BigDecimal withTier1,
                             BigDecimal withTiers1And2) {
        int percent = actual == null || target.signum() == 0 ? 100 : actual.multiply(BigDecimal.valueOf(100))
                .divide(target, 0, RoundingMode.DOWN).min(BigDecimal.valueOf(100)).intValue();
        return new TargetProgress(kind, target, actual, withTier1, withTiers1And2, percent,
                actual != null && actual.compareTo(target) >= 0);
    }

    /** {@code part / whole} with four decimals, half up; null when {@code whole} is 0. */
    static BigDecimal share(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), SHARE_SCALE, RoundingMode.HALF_UP);
    }
}
