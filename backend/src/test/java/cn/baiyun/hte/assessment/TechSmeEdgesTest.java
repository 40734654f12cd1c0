package cn.baiyun.hte.assessment;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The held-back tech-SME cases T02 (staff score 0) and T04 (size cap), and the score's inclusive lower bounds. */
class TechSmeEdgesTest {

    private static final TechSmeEvaluator EVALUATOR = new TechSmeEvaluator();
    private static final DirectQualification NO_DIRECT_ROUTE = new DirectQualification(false, false, false, false);

    private static TechSmeSnapshot firm(int employees, int stStaff, String sales, String assets, String rd, int classI,
                                        int classII, DirectQualification direct) {
        return new TechSmeSnapshot(2026, 2025, true, employees, stStaff, new BigDecimal(sales), new BigDecimal(assets),
                new BigDecimal("100000000"), new BigDecimal(rd), classI, classII, false, false, direct);
    }

    @Test
    void t02AStaffScoreOfZeroFailsEvenWithAHighTotal() {
        TechSmeEvaluation evaluation = EVALUATOR.evaluate(firm(100, 9, "30000000", "40000000", "1800000", 1, 0,
                NO_DIRECT_ROUTE));

        assertThat(evaluation.stScore()).isZero();
        assertThat(evaluation.total()).isEqualTo(80);
        assertThat(evaluation.qualifies()).isFalse();
        assertThat(evaluation.route()).isEqualTo(TechSmeRoute.NONE);
    }

    @Test
    void t04ExactlyTwoHundredMillionIsInsideTheSizeCapsAndOneYuanMoreIsNot() {
        assertThat(EVALUATOR.evaluate(firm(500, 100, "200000000", "200000000", "12000000", 1, 0, NO_DIRECT_ROUTE))
                .sizeOk()).isTrue();
        assertThat(EVALUATOR.evaluate(firm(500, 100, "200000001", "200000000", "12000000", 1, 0, NO_DIRECT_ROUTE))
                .sizeOk()).isFalse();
        assertThat(EVALUATOR.evaluate(firm(501, 100, "200000000", "200000000", "12000000", 1, 0, NO_DIRECT_ROUTE))
                .qualifies()).isFalse();
    }

    @Test
    void aDirectRouteDoesNotHelpAFirmAboveTheSizeCaps() {
        TechSmeEvaluation evaluation = EVALUATOR.evaluate(firm(600, 100, "30000000", "40000000", "1800000", 1, 0,
                new DirectQualification(true, false, false, false)));

        assertThat(evaluation.qualifies()).isFalse();
    }

    @Test
    void lowerBoundsOfTheScoreBandsAreInclusive() {
        TechSmeEvaluation evaluation = EVALUATOR.evaluate(firm(100, 30, "30000000", "40000000", "1800000", 0, 4,
                NO_DIRECT_ROUTE));

        assertThat(evaluation.stScore()).isEqualTo(20);
        assertThat(evaluation.rdToSalesScore()).isEqualTo(50);
        assertThat(evaluation.ipScore()).isEqualTo(24);
    }
}
