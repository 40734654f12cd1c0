package cn.baiyun.hte.assessment;

import java.math.BigDecimal;

/**
 * The R&D intensity needed next year to meet the threshold over the rolling window, sales flat; slight when
 * it is at most the rule set's multiple of the threshold.
 */
public record RdCatchUp(boolean slight, BigDecimal requiredNextYearRdIntensity4dp, String exact, String limit) {
}
