package cn.baiyun.hte.pool.feedback;

import java.util.List;

import cn.baiyun.hte.assessment.RuleSets;
import cn.baiyun.hte.assessment.TierResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The explanation carries each figure of the worked examples, formatted for people. */
class ResultExplanationTest {

    @Test
    void everyConditionHasALineInOrderWithItsFiguresAndGap() {
        ResultExplanation c02 = ResultExplanation.of(FeedbackSamples.result("C02"), RuleSets.current());

        assertThat(c02.conditions()).extracting(ResultExplanation.ConditionLine::code)
                .containsExactly("c1", "c2", "c3", "c4", "c5a", "c5b", "c6", "c7", "c8");
        ResultExplanation.ConditionLine rd = c02.conditions().get(4);
        assertThat(rd.pass()).isFalse();
        assertThat(rd.formulaArgs()).containsExactly("2023", "2025", "6,075,000", "135,000,000", "4.50%", "5%");
        assertThat(rd.gapArgs()).containsExactly("0.50");
        assertThat(rd.note()).isEqualTo("feedback.condition.c5a.band.le_50m");
        assertThat(rd.noteArgs()).containsExactly("2025", "50,000,000", "5%");
        assertThat(c02.failedCount()).isEqualTo(1);
        assertThat(c02.conditions().get(0).gapArgs()).as("a met condition has no gap").isEmpty();
    }

    @Test
    void theCatchUpPlanSaysWhatRdIntensityNextYearNeedsOverTheRollingWindow() {
        ResultExplanation c02 = ResultExplanation.of(FeedbackSamples.result("C02"), RuleSets.current());

        assertThat(c02.proposedTier()).isEqualTo(TierResult.TIER_2);
        assertThat(c02.catchUp()).singleElement().satisfies(step -> {
            assertThat(step.code()).isEqualTo("c5a");
            assertThat(step.slight()).isTrue();
            assertThat(step.args()).containsExactly("5.95%", "5%", "2024", "2026", "2025", "2");
        });
    }

    @Test
    void largeGapsAreTold() {
        ResultExplanation c20 = ResultExplanation.of(FeedbackSamples.result("C20"), RuleSets.current());

        assertThat(c20.catchUp()).extracting(ResultExplanation.CatchUpLine::code)
                .containsExactly("c4", "c5a", "c6", "c7");
        assertThat(c20.catchUp()).noneMatch(ResultExplanation.CatchUpLine::slight);
        assertThat(c20.catchUp().get(1).args().get(0)).isEqualTo("11.84%");
        assertThat(c20.catchUp().get(3).args()).containsExactly("20", "71", "61");
    }

    @Test
    void theScoreTellsItsItemsAndWhatItAssumes() {
        ResultExplanation c01 = ResultExplanation.of(FeedbackSamples.result("C01"), RuleSets.current());

        assertThat(c01.catchUp()).isEmpty();
        assertThat(c01.deterministicRange()).isEqualTo(List.of(44, 52));
        assertThat(c01.scoreItems()).extracting(ResultExplanation.ScoreLine::item).containsExactly("techAdvancement",
                "coreSupport", "ipQuantity", "ipAcquisition", "standardsBonus", "ipSubtotal", "techTransformation",
                "rdManagement", "growthNetAssets", "growthSales");
        assertThat(c01.scoreItems().get(6).range()).isEqualTo("25–30");
        assertThat(c01.projectedScore()).isGreaterThanOrEqualTo(c01.passMark());
        assertThat(c01.assumptions()).extracting(ResultExplanation.Assumption::key)
                .contains("self-assessment", "point.floor_mid", "next-year");
    }
}
