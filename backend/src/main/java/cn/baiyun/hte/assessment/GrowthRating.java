package cn.baiyun.hte.assessment;

import java.math.BigDecimal;
import java.util.List;

import cn.baiyun.hte.assessment.RuleSet.NonpositiveBasePolicy;

/**
 * Net-asset and sales growth (hte-rules.md §3.6(4)): g = ½ × (v2/v1 + v3/v2) − 1 with the official special
 * cases (first year 0: last two years; second year 0: no points), and the rule set's readings where the
 * text is silent: fewer than 3 years (Q8) and a negative base (Q6).
 */
final class GrowthRating {

    static final String MANUAL_REVIEW = "manual_review";
    private static final List<Integer> NO_POINTS = List.of(0, 0);

    private final List<BandStep> bands;
    private final NonpositiveBasePolicy nonpositiveBase;

    GrowthRating(RuleSet rules) {
        BandStep bandD = rules.growthBandDLowerBoundInclusive()
                ? BandStep.atLeast(Band.D, "0.05", 3, 4) : BandStep.above(Band.D, "0.05", 3, 4);
        this.bands = List.of(BandStep.atLeast(Band.A, "0.35", 9, 10), BandStep.atLeast(Band.B, "0.25", 7, 8),
                BandStep.atLeast(Band.C, "0.15", 5, 6), bandD, BandStep.above(Band.E, "0", 1, 2),
                BandStep.of(Band.F, 0, 0));
        this.nonpositiveBase = rules.growthNonpositiveBasePolicy();
    }

    /** @param values the year-end values of the considered years, oldest first */
    GrowthBand rate(List<BigDecimal> values) {
        int years = values.size();
        if (years < 2) {
            return none("insufficient_years(" + years + ")", null);
        }
        int first = Math.max(0, years - 3);
        return years - first == 2 ? singlePeriod(values.get(first), values.get(first + 1))
                : twoPeriods(values.get(first), values.get(first + 1), values.get(first + 2));
    }

    private GrowthBand singlePeriod(BigDecimal v1, BigDecimal v2) {
        if (v1.signum() == 0) {
            return none("zero_base(first year = 0)", null);
        }
        if (v1.signum() < 0 && nonpositiveBase != NonpositiveBasePolicy.LITERAL) {
            return negativeBase("first year", v1);
        }
        return banded(Fraction.of(v2.subtract(v1), v1), Amounts.plain(v2) + "/" + Amounts.plain(v1) + "-1");
    }

    private GrowthBand twoPeriods(BigDecimal v1, BigDecimal v2, BigDecimal v3) {
        boolean literal = nonpositiveBase == NonpositiveBasePolicy.LITERAL;
        if (v1.signum() < 0 && nonpositiveBase == NonpositiveBasePolicy.ZERO_AND_FLAG) {
            return negativeBase("first year", v1);
        }
        if (v2.signum() == 0) {
            return none("zero_second_year", null);
        }
        if (v2.signum() < 0 && !literal) {
            return negativeBase("second year", v2);
        }
        if (v1.signum() == 0 || (v1.signum() < 0 && !literal)) {
            return singlePeriod(v2, v3);
        }
        if (underABillionYuan(v1) && underABillionYuan(v2) && underABillionYuan(v3)) {
            // exact on longs, with none of the six intermediate BigDecimals: every product is below 10^18 and the
            // numerator below 4 × 10^18; concatenating longs writes their digits straight into the string
            long a = v1.longValue();
            long b = v2.longValue();
            long c = v3.longValue();
            return banded(Fraction.of(b * b + c * a - 2 * a * b, 2 * a * b), "(" + b + "/" + a + "+" + c + "/" + b + ")/2-1");
        }
        // ½ × (v2/v1 + v3/v2) − 1 = (v2·v2 + v3·v1 − 2·v1·v2) / (2·v1·v2), unreduced
        BigDecimal v1v2 = v1.multiply(v2);
        BigDecimal denominator = v1v2.add(v1v2);
        String plainV2 = Amounts.plain(v2);
        return banded(Fraction.of(v2.multiply(v2).add(v3.multiply(v1)).subtract(denominator), denominator),
                "(" + plainV2 + "/" + Amounts.plain(v1) + "+" + Amounts.plain(v3) + "/" + plainV2 + ")/2-1");
    }

    private GrowthBand negativeBase(String which, BigDecimal value) {
        String flag = nonpositiveBase == NonpositiveBasePolicy.ZERO_AND_FLAG ? MANUAL_REVIEW : null;
        return none("nonpositive_base(" + which + " = " + Amounts.plain(value) + ")", flag);
    }

    private GrowthBand banded(Fraction rate, String expression) {
        BandStep step = BandStep.find(bands, rate);
        return new GrowthBand(rate.value4dp(), expression, null, step.band(), step.range());
    }

    private static GrowthBand none(String why, String flag) {
        return new GrowthBand(null, why, flag, Band.F, NO_POINTS);
    }

    private static boolean underABillionYuan(BigDecimal value) {
        return value.scale() == 0 && value.precision() <= 9;
    }
}
