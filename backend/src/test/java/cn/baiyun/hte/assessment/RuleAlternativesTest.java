package cn.baiyun.hte.assessment;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import cn.baiyun.hte.assessment.RuleSet.DomesticShareBasis;
import cn.baiyun.hte.assessment.RuleSet.NonpositiveBasePolicy;
import cn.baiyun.hte.assessment.RuleSet.TransformationDivisor;

import static org.assertj.core.api.Assertions.assertThat;

/** The alternative readings stated in the notes of the worked examples, each one rule-set key away from the default. */
class RuleAlternativesTest {

    private static Assessment assess(String caseId, String key, Object value) {
        RuleSet rules = RuleSetVariant.of(RuleSets.current(), key, value);
        return new HteEngine(rules).assess(WorkedExamples.snapshot(WorkedExamples.hteCase(caseId).get("inputs")));
    }

    @Test
    void c09DomesticShareOnTheActualBasisFails() {
        Assessment assessment = assess("C09", "domesticShareBasis", DomesticShareBasis.ACTUAL);

        assertThat(assessment.conditions().c5bDomesticRdShare().exact()).isEqualTo("3600000/6600000");
        assertThat(assessment.conditions().c5bDomesticRdShare().value4dp()).isEqualByComparingTo("0.5455");
        assertThat(assessment.conditions().c5bDomesticRdShare().pass()).isFalse();
    }

    @Test
    void c13TransformationsOverAFixedThreeYearsPutTheFirmInTier3() {
        Assessment assessment = assess("C13", "transformationAverageDivisor", TransformationDivisor.FIXED_3);

        assertThat(assessment.innovationScore().techTransformation().annualAverage4dp()).isEqualByComparingTo("1.6667");
        assertThat(assessment.innovationScore().techTransformation().band()).isEqualTo(Band.E);
        assertThat(assessment.innovationScore().projection().techTransformation()).isEqualTo(3);
        assertThat(assessment.innovationScore().projection().total()).isEqualTo(42);
        assertThat(assessment.tier().result()).isEqualTo(TierResult.TIER_3);
    }

    @Test
    void c15LiteralFormulaOnANegativeBaseGivesBandBAndTier1() {
        Assessment assessment = assess("C15", "growthNonpositiveBasePolicy", NonpositiveBasePolicy.LITERAL);

        assertThat(assessment.innovationScore().growthNetAssets().rate4dp()).isEqualByComparingTo("0.25");
        assertThat(assessment.innovationScore().growthNetAssets().band()).isEqualTo(Band.B);
        assertThat(assessment.innovationScore().projection().total()).isEqualTo(73);
        assertThat(assessment.tier().result()).isEqualTo(TierResult.TIER_1);
    }

    @Test
    void c15NegativeBaseTreatedAsZeroUsesTheLastTwoYearsAndGivesTier1() {
        Assessment assessment = assess("C15", "growthNonpositiveBasePolicy", NonpositiveBasePolicy.TREAT_AS_ZERO_BASE);

        assertThat(assessment.innovationScore().growthNetAssets().exact()).isEqualTo("3000000/1000000-1");
        assertThat(assessment.innovationScore().growthNetAssets().rate4dp()).isEqualByComparingTo("2");
        assertThat(assessment.innovationScore().growthNetAssets().band()).isEqualTo(Band.A);
        assertThat(assessment.innovationScore().projection().total()).isEqualTo(75);
        assertThat(assessment.tier().result()).isEqualTo(TierResult.TIER_1);
    }

    @Test
    void c20GrowthOfExactlyFivePercentIsBandEWhenBandDIsStrict() {
        Assessment assessment = assess("C20", "growthBandDLowerBoundInclusive", false);

        assertThat(assessment.innovationScore().growthNetAssets().band()).isEqualTo(Band.E);
        assertThat(assessment.innovationScore().projection().total()).isEqualTo(18);
        assertThat(assessment.tier().result()).isEqualTo(TierResult.TIER_3);
    }

    @Test
    void c02NearMissOfTheRdIntensityCanBeToleratedInTier1WhenTheRuleSetSaysSo() {
        assertThat(assess("C02", "tier1Tolerance", new BigDecimal("0.10")).tier().result()).isEqualTo(TierResult.TIER_1);
        assertThat(assess("C02", "tier1Tolerance", new BigDecimal("0.05")).tier().result()).isEqualTo(TierResult.TIER_2);
    }
}
