package cn.baiyun.hte.assessment;


import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import cn.baiyun.hte.assessment.RuleSet.RatioComparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The held-back cases that hte-rules.md names but examples.json lacks (C03, C05, C06, C08, C10, C12, C14, C16,
 * C19), built from a worked example by changing the figures the text names.
 */
class StatedEdgesTest {

    private static final HteEngine ENGINE = new HteEngine(RuleSets.current());

    private static ObjectNode year(ObjectNode inputs, int index) {
        return (ObjectNode) inputs.get("fiscal_years").get(index);
    }

    private static ObjectNode rd(ObjectNode inputs, int index) {
        return (ObjectNode) year(inputs, index).get("rd_expense_cny");
    }

    private static Assessment assess(ObjectNode inputs) {
        return ENGINE.assess(WorkedExamples.snapshot(inputs));
    }

    @Test
    void c12RegisteredFor364DaysFailsTheAgeTestAsASlightGap() {
        ObjectNode inputs = WorkedExamples.inputsOf("C01");
        inputs.put("registration_date", "2025-04-21");

        Assessment assessment = assess(inputs);

        assertThat(assessment.conditions().c1RegistrationAge().daysRegistered()).isEqualTo(364);
        assertThat(assessment.conditions().c1RegistrationAge().pass()).isFalse();
        assertThat(assessment.tier().unmet()).containsExactly(ConditionId.C1_REGISTRATION_AGE);
        assertThat(assessment.tier().gapClassification().c1RegistrationAge().slight()).isTrue();
        assertThat(assessment.tier().result()).isEqualTo(TierResult.TIER_2);
    }

    @Test
    void registeredExactly365DaysPasses() {
        ObjectNode inputs = WorkedExamples.inputsOf("C01");
        inputs.put("registration_date", "2025-04-20");

        assertThat(assess(inputs).conditions().c1RegistrationAge().pass()).isTrue();
    }

    @Test
    void c03LastYearSalesOneYuanAbove50MillionMovesToTheFourPercentBandAndPasses() {
        ObjectNode inputs = WorkedExamples.inputsOf("C02");
        year(inputs, 2).put("main_business_revenue_cny", 48000001);

        RdIntensity intensity = assess(inputs).conditions().c5aRdIntensity();

        assertThat(intensity.band()).isEqualTo(SalesBand.GT_50M_LE_200M);
        assertThat(intensity.threshold()).isEqualByComparingTo("0.04");
        assertThat(intensity.pass()).isTrue();
    }

    @Test
    void c05OneYuanShortOfFourPercentFailsExactlyButPassesInFormUnits() {
        ObjectNode inputs = WorkedExamples.inputsOf("C04");
        rd(inputs, 2).put("personnel", 3999999);
        FirmSnapshot firm = WorkedExamples.snapshot(inputs);

        RdIntensity exact = ENGINE.assess(firm).conditions().c5aRdIntensity();
        RdIntensity asFiled = new HteEngine(RuleSetVariant.of(RuleSets.current(), "ratioComparison",
                RatioComparison.FORM_UNITS)).assess(firm).conditions().c5aRdIntensity();

        assertThat(exact.exact()).isEqualTo("20999999/525000000");
        assertThat(exact.pass()).isFalse();
        assertThat(asFiled.pass()).isTrue();
    }

    @Test
    void c06LastYearSalesOneYuanAbove200MillionNeedsOnlyThreePercent() {
        ObjectNode inputs = WorkedExamples.inputsOf("C04");
        year(inputs, 2).put("main_business_revenue_cny", 195000001);
        for (int i = 0; i < 3; i++) {
            rd(inputs, i).put("personnel", rd(inputs, i).get("personnel").asLong() - 1500000);
        }

        RdIntensity intensity = assess(inputs).conditions().c5aRdIntensity();

        assertThat(intensity.band()).isEqualTo(SalesBand.GT_200M);
        assertThat(intensity.threshold()).isEqualByComparingTo("0.03");
        assertThat(intensity.value4dp()).isEqualByComparingTo("0.0314");
        assertThat(intensity.pass()).isTrue();
    }

    @Test
    void c08OutsourcedRdCountsAtEightyPercent() {
        ObjectNode inputs = WorkedExamples.inputsOf("C01");
        rd(inputs, 2).put("outsourced_domestic_actual", 1000000);

        YearRd counted = assess(inputs).perYearRd().get(2);

        assertThat(counted.outsourcedCountedCny()).isEqualByComparingTo("800000");
        assertThat(counted.rdCountedCny()).isEqualByComparingTo("2960000");
        assertThat(counted.domesticCountedCny()).isEqualByComparingTo("2960000");
    }

    @Test
    void c10ForeignOutsourcingOf41PercentLeaves59PercentDomesticAndFails() {
        ObjectNode inputs = WorkedExamples.inputsOf("C09");
        for (int i = 0; i < 3; i++) {
            rd(inputs, i).put("personnel", 780000).put("outsourced_foreign_actual", 1025000);
        }

        Assessment assessment = assess(inputs);

        assertThat(assessment.conditions().c5bDomesticRdShare().exact()).isEqualTo("3540000/6000000");
        assertThat(assessment.conditions().c5bDomesticRdShare().value4dp()).isEqualByComparingTo("0.59");
        assertThat(assessment.conditions().c5bDomesticRdShare().pass()).isFalse();
        assertThat(assessment.tier().gapClassification().c5bDomesticRdShare().slight()).isTrue();
    }

    @Test
    void c14TwoYearsOfFiguresGiveASinglePeriodGrowthRate() {
        ObjectNode inputs = WorkedExamples.inputsOf("C01");
        ((ArrayNode) inputs.get("fiscal_years")).remove(0);

        Assessment assessment = assess(inputs);

        assertThat(assessment.fiscalYearsConsidered()).containsExactly(2024, 2025);
        assertThat(assessment.innovationScore().growthNetAssets().exact()).isEqualTo("32500000/25000000-1");
        assertThat(assessment.innovationScore().growthNetAssets().rate4dp()).isEqualByComparingTo("0.3");
        assertThat(assessment.innovationScore().growthNetAssets().band()).isEqualTo(Band.B);
        assertThat(assessment.innovationScore().techTransformation().years()).isEqualTo(2);
    }

    @Test
    void c16ClassTwoIpUsedBeforeDoesNotCountAgain() {
        ObjectNode inputs = WorkedExamples.inputsOf("C01");
        ((ObjectNode) inputs.get("ip")).put("class1_valid", 0).put("class2_valid", 7)
                .put("class2_previously_used_in_hte_application", 2);

        Assessment assessment = assess(inputs);

        assertThat(assessment.conditions().c2CoreIp().usableClass2()).isEqualTo(5);
        assertThat(assessment.innovationScore().ipQuantity().band()).isEqualTo(Band.B);
    }

    @Test
    void c19AnIncidentWithinTheWindowFailsAndIsSlightWhenItLeavesNextYearsWindow() {
        ObjectNode inputs = WorkedExamples.inputsOf("C01");
        ((ArrayNode) inputs.get("incidents")).addObject().put("date", "2025-06-01").put("type", "safety")
                .put("issuing_authority", "应急管理局");

        Assessment assessment = assess(inputs);

        assertThat(assessment.conditions().c8NoMajorIncident().pass()).isFalse();
        assertThat(assessment.conditions().c8NoMajorIncident().incidentsInWindow()).hasSize(1);
        assertThat(assessment.tier().gapClassification().c8NoMajorIncident().slight()).isTrue();
        assertThat(assessment.tier().result()).isEqualTo(TierResult.TIER_2);
    }

    @Test
    void theIncidentWindowIncludesBothEnds() {
        assertThat(withIncidentOn("2025-04-20").conditions().c8NoMajorIncident().pass()).isFalse();
        assertThat(withIncidentOn("2026-04-20").conditions().c8NoMajorIncident().pass()).isFalse();
        assertThat(withIncidentOn("2025-04-19").conditions().c8NoMajorIncident().pass()).isTrue();
    }

    @Test
    void salesOfExactly20MillionPassTheAboveDesignatedSizeRevenueTest() {
        ObjectNode inputs = WorkedExamples.inputsOf("C11");
        year(inputs, 2).put("main_business_revenue_cny", 20000000);

        assertThat(assess(inputs).indicators().aboveDesignatedSizeRevenueTest()).isTrue();
    }

    @Test
    void aNonResidentFirmIsOutsideThePool() {
        ObjectNode inputs = WorkedExamples.inputsOf("C01");
        inputs.put("resident_enterprise", false);

        Tier tier = assess(inputs).tier();

        assertThat(tier.result()).isEqualTo(TierResult.NOT_IN_POOL);
        assertThat(tier.reason()).isEqualTo(TierPlacement.NOT_RESIDENT);
    }

    @Test
    void withoutTheLastFiscalYearTheSnapshotIsRefused() {
        ObjectNode inputs = WorkedExamples.inputsOf("C01");
        ((ArrayNode) inputs.get("fiscal_years")).remove(2);
        FirmSnapshot firm = WorkedExamples.snapshot(inputs);

        assertThatIllegalArgumentException().isThrownBy(() -> ENGINE.assess(firm))
                .withMessageContaining("2025");
    }

    private static Assessment withIncidentOn(String date) {
        ObjectNode inputs = WorkedExamples.inputsOf("C01");
        ((ArrayNode) inputs.get("incidents")).addObject().put("date", date).put("type", "quality")
                .put("issuing_authority", "市场监督管理局");
        return assess(inputs);
    }
}
