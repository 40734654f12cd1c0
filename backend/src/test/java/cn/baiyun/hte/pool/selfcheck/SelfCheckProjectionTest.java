package cn.baiyun.hte.pool.selfcheck;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.baiyun.hte.assessment.Assessment;
import cn.baiyun.hte.assessment.FirmSnapshot;
import cn.baiyun.hte.assessment.FiscalYear;
import cn.baiyun.hte.assessment.HteEngine;
import cn.baiyun.hte.assessment.RdExpenses;
import cn.baiyun.hte.assessment.RuleSets;
import cn.baiyun.hte.pool.feedback.FeedbackSamples;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The what-if's projected year on the worked example C02 (R&D 4.50% against 5%; the rules say 5.95% next
 * year closes it, sales flat): the window moves on, typed figures replace last year's, R&D keeps its mix
 * and income its high-tech share.
 */
class SelfCheckProjectionTest {

    final HteEngine engine = new HteEngine(RuleSets.current());
    final FirmSnapshot c02 = FeedbackSamples.snapshot("C02");
    final Assessment today = FeedbackSamples.result("C02");
    final SelfCheckProjection.Figures lastYear = SelfCheckProjection.Figures.lastYear(c02, today, 0);

    @Test
    void nothingTypedRepeatsLastYearOneYearOn() {
        FirmSnapshot next = SelfCheckProjection.nextYear(c02, lastYear);

        assertThat(next.assessmentDate()).isEqualTo(LocalDate.of(2027, 4, 20));
        assertThat(next.fiscalYears()).extracting(FiscalYear::year).containsExactly(2024, 2025, 2026);
        FiscalYear added = next.fiscalYears().get(2);
        assertThat(added.mainBusinessRevenueCny()).isEqualByComparingTo("48000000");
        assertThat(added.otherBusinessRevenueCny()).isEqualByComparingTo("2000000");
        assertThat(added.netAssetsYearEndCny()).isEqualByComparingTo("36300000");
        assertThat(SelfCheckProjection.total(added.rdExpenseCny())).isEqualByComparingTo("2250000");
        assertThat(next.staffLastFiscalYear().stStaffMonthlyAverage()).isEqualByComparingTo("24");
        assertThat(next.staffLastFiscalYear().totalStaffMonthlyAverage()).isEqualByComparingTo("120");
        assertThat(next.techTransformationsByYear()).containsEntry(2026, 6);
        assertThat(next.lastFiscalYearIncome().year()).isEqualTo(2026);
    }

    @Test
    void theCatchUpTheRulesNameIsExactlyEnough() {
        // 2,975,000 = 5.95% of flat sales of 50,000,000: (2,025,000 + 2,250,000 + 2,975,000) ÷ 145,000,000 = 5%
        Assessment enough = engine.assess(SelfCheckProjection.nextYear(c02, lastYear.with(rdSpend("2975000"))));
        Assessment oneYuanShort = engine.assess(SelfCheckProjection.nextYear(c02, lastYear.with(rdSpend("2974999"))));

        assertThat(today.tier().gapClassification().c5aRdIntensity().exact()).isEqualTo("2975000/50000000");
        assertThat(enough.conditions().c5aRdIntensity().exact()).isEqualTo("7250000/145000000");
        assertThat(enough.conditions().c5aRdIntensity().pass()).isTrue();
        assertThat(oneYuanShort.conditions().c5aRdIntensity().pass()).isFalse();
    }

    @Test
    void rdKeepsLastYearsMixAndIncomeItsHighTechShare() {
        SelfCheckWhatIf typed = rdSpend("4500000");
        typed.setSalesRevenue(new BigDecimal("100000000"));
        FirmSnapshot next = SelfCheckProjection.nextYear(c02, lastYear.with(typed));

        RdExpenses spread = next.fiscalYears().get(2).rdExpenseCny();
        assertThat(spread.personnel()).isEqualByComparingTo("2800000");
        assertThat(spread.directInput()).isEqualByComparingTo("1200000");
        assertThat(spread.depreciationAndLongTermPrepaid()).isEqualByComparingTo("400000");
        assertThat(spread.other()).isEqualByComparingTo("100000");
        assertThat(next.fiscalYears().get(2).otherBusinessRevenueCny()).isEqualByComparingTo("4000000");
        assertThat(next.lastFiscalYearIncome().totalRevenueCny()).isEqualByComparingTo("100400000");
        assertThat(engine.assess(next).conditions().c6HightechRevenueShare().value4dp())
                .isEqualByComparingTo(today.conditions().c6HightechRevenueShare().value4dp());
    }

    @Test
    void aTotalThatDoesNotSpreadEvenlyLosesNoCent() {
        RdExpenses spread = SelfCheckProjection.nextYear(c02, lastYear.with(rdSpend("1000000.01")))
                .fiscalYears().get(2).rdExpenseCny();

        assertThat(SelfCheckProjection.total(spread)).isEqualByComparingTo("1000000.01");
    }

    @Test
    void grantedApplicationsLeaveThePendingAndCount() {
        FirmSnapshot c17 = FeedbackSamples.snapshot("C17");
        Assessment c17Today = FeedbackSamples.result("C17");
        SelfCheckWhatIf typed = new SelfCheckWhatIf();
        typed.setOtherIpGranted(1);

        FirmSnapshot next = SelfCheckProjection.nextYear(c17,
                SelfCheckProjection.Figures.lastYear(c17, c17Today, 0).with(typed));

        assertThat(c17Today.conditions().c2CoreIp().pass()).isFalse();
        assertThat(next.ip().class2Valid()).isEqualTo(c17.ip().class2Valid() + 1);
        assertThat(next.ip().pendingApplications()).isEqualTo(c17.ip().pendingApplications() - 1);
        assertThat(engine.assess(next).conditions().c2CoreIp().pass()).isTrue();
    }

    private static SelfCheckWhatIf rdSpend(String amount) {
        SelfCheckWhatIf typed = new SelfCheckWhatIf();
        typed.setRdSpend(new BigDecimal(amount));
        return typed;
    }
}
