package cn.baiyun.hte.assessment;

import java.math.BigDecimal;

/** A share is a slight gap when it reaches the rule set's floor (80% of the threshold by default). */
public record RatioGap(boolean slight, BigDecimal value4dp, String limit) {
}
