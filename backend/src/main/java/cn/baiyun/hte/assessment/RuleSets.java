package cn.baiyun.hte.assessment;

import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.baiyun.hte.assessment.RuleSet.DomesticShareBasis;
import cn.baiyun.hte.assessment.RuleSet.GrowthFewerThan3Years;
import cn.baiyun.hte.assessment.RuleSet.NonpositiveBasePolicy;
import cn.baiyun.hte.assessment.RuleSet.OtherCostCapScope;
import cn.baiyun.hte.assessment.RuleSet.PointInBand;
import cn.baiyun.hte.assessment.RuleSet.RatioComparison;
import cn.baiyun.hte.assessment.RuleSet.ReferenceDate;
import cn.baiyun.hte.assessment.RuleSet.TransformationDivisor;

/**
 * The published rule sets. A version, once published, is never edited: a changed decision is a new version,
 * so every stored assessment can be recomputed with the rules it was made under.
 */
public final class RuleSets {

    /** The project's decisions as adopted (hte-rules.md §7.4; examples.json {@code default_config}). */
    public static final RuleSet V2026_1 = new RuleSet("2026.1", ReferenceDate.ASSESSMENT_DATE,
            MonthDay.of(5, 25), RatioComparison.EXACT, OtherCostCapScope.PER_FISCAL_YEAR_AGGREGATE, true,
            DomesticShareBasis.COUNTED, true, NonpositiveBasePolicy.ZERO_AND_FLAG,
            TransformationDivisor.YEARS_CONSIDERED, GrowthFewerThan3Years.TWO_YEARS_SINGLE_PERIOD_ELSE_ZERO,
            PointInBand.FLOOR_MID, 71, null, 2, 61, new BigDecimal("0.08"), new BigDecimal("0.48"),
            new BigDecimal("0.48"), new BigDecimal("2.0"), 1);

    private static final Map<String, RuleSet> BY_VERSION = List.of(V2026_1).stream()
            .collect(Collectors.toUnmodifiableMap(RuleSet::version, Function.identity()));

    private RuleSets() {
    }

    /** The rule set new assessments use. */
    public static RuleSet current() {
        return V2026_1;
    }

    public static Optional<RuleSet> byVersion(String version) {
        return Optional.ofNullable(BY_VERSION.get(version));
    }
}
