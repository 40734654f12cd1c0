package cn.baiyun.hte.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * A growth rate and its band.
 *
 * @param rate4dp null when the rate cannot be computed
 * @param exact   the expression computed, e.g. "(25000000/20000000+32500000/25000000)/2-1", or why none was
 * @param flag    "manual_review" when the rule set scored an unusable base 0 and a person must look; else null
 */
public record GrowthBand(BigDecimal rate4dp, String exact, String flag, Band band, List<Integer> range) {
}
