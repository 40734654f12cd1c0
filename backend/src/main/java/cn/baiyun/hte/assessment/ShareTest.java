package cn.baiyun.hte.assessment;

import java.math.BigDecimal;

import cn.baiyun.hte.assessment.RuleSet.RatioComparison;

/**
 * Whether an amount share reaches its threshold, as the rule set compares (Q3): exactly, or the way the
 * official form would show it, amounts at 0.01 万元 and the percentage at 2 decimals.
 */
final class ShareTest {

    private final RatioComparison comparison;

    ShareTest(RatioComparison comparison) {
        this.comparison = comparison;
    }

    boolean meets(Fraction share, BigDecimal threshold) {
        if (comparison == RatioComparison.EXACT) {
            return share.atLeast(threshold);
        }
        Fraction asFiled = Fraction.of(Amounts.inFormUnits(share.numerator()), Amounts.inFormUnits(share.denominator()));
        return asFiled.defined() && asFiled.rounded(4).compareTo(threshold) >= 0;
    }
}
