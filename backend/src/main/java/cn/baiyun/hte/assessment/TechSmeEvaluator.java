package cn.baiyun.hte.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The tech-based SME evaluation (国科发政〔2017〕115号 第六–八条, hte-rules.md §4): size caps, the 100-point score
 * (lower bounds inclusive) with the better of the two R&D measures, and the direct-qualification routes.
 */
public final class TechSmeEvaluator {

    public static final int MAX_EMPLOYEES = 500;
    public static final BigDecimal MAX_SALES = new BigDecimal("200000000");
    public static final BigDecimal MAX_ASSETS = new BigDecimal("200000000");
    public static final int PASS_MARK = 60;
    private static final List<BandStep> ST_STAFF_SCALE = scale(20, "0.30", 16, "0.25", 12, "0.20", 8, "0.15", 4, "0.10");
    private static final List<BandStep> RD_TO_SALES_SCALE = scale(50, "0.06", 40, "0.05", 30, "0.04", 20, "0.03", 10, "0.02");
    private static final List<BandStep> RD_TO_COST_SCALE = scale(50, "0.30", 40, "0.25", 30, "0.20", 20, "0.15", 10, "0.10");

    /** The three ratios the score bands, each with its scale above. */
    public enum Measure {
        ST_STAFF(ST_STAFF_SCALE), RD_TO_SALES(RD_TO_SALES_SCALE), RD_TO_COST(RD_TO_COST_SCALE);

        private final List<BandStep> scale;

        Measure(List<BandStep> scale) {
            this.scale = scale;
        }
    }

    /**
     * The next better band than the one {@code numerator ÷ denominator} falls in, for a firm told what would
     * raise its score; empty in the top band.
     */
    public static Optional<NextBand> nextBand(Measure measure, BigDecimal numerator, BigDecimal denominator) {
        BandStep now = BandStep.find(measure.scale, Fraction.of(numerator, denominator));
        int at = measure.scale.indexOf(now);
        if (at == 0) {
            return Optional.empty();
        }
        BandStep next = measure.scale.get(at - 1);
        return Optional.of(new NextBand(next.bound(), next.lowest()));
    }

    /** The lowest ratio of a band (inclusive) and its points. */
    public record NextBand(BigDecimal bound, int points) {
    }

    public TechSmeEvaluation evaluate(TechSmeSnapshot firm) {
        Fraction stRatio = Fraction.of(BigDecimal.valueOf(firm.stStaff()), BigDecimal.valueOf(firm.employees()));
        Fraction rdToSales = Fraction.of(firm.rdExpenseCny119Caliber(), firm.salesRevenueCny());
        Fraction rdToCost = Fraction.of(firm.rdExpenseCny119Caliber(), firm.costAndExpenseTotalCny());
        int stScore = points(ST_STAFF_SCALE, stRatio);
        int rdToSalesScore = points(RD_TO_SALES_SCALE, rdToSales);
        int rdToCostScore = points(RD_TO_COST_SCALE, rdToCost);
        int rdScore = Math.max(rdToSalesScore, rdToCostScore);
        int ipScore = ipScore(firm.class1Ip(), firm.class2Ip());
        int total = stScore + rdScore + ipScore;
        boolean sizeOk = firm.employees() <= MAX_EMPLOYEES && firm.salesRevenueCny().compareTo(MAX_SALES) <= 0
                && firm.totalAssetsCny().compareTo(MAX_ASSETS) <= 0;
        boolean basicConditions = firm.residentEnterprise() && sizeOk && !firm.prohibitedOrRestrictedIndustry()
                && !firm.integrityIssues();
        TechSmeRoute route = TechSmeRoute.NONE;
        if (basicConditions && total >= PASS_MARK && stScore > 0) {
            route = TechSmeRoute.SCORE;
        } else if (basicConditions && firm.directQualification() != null && firm.directQualification().any()) {
            route = TechSmeRoute.DIRECT;
        }
        return new TechSmeEvaluation(stRatio.value4dp(), stScore, rdToSales.value4dp(), rdToSalesScore,
                rdToCost.value4dp(), rdToCostScore, rdScore, ipScore, total, sizeOk, route != TechSmeRoute.NONE, route);
    }

    /** 30 points for a Class I item, else 6 per Class II item up to four. */
    public static int ipScore(int classI, int classII) {
        if (classI >= 1) {
            return 30;
        }
        return Math.min(classII, 4) * 6;
    }

    private static int points(List<BandStep> scale, Fraction value) {
        return BandStep.find(scale, value).lowest();
    }

    /** Five "at least" steps, best first, then 0. */
    private static List<BandStep> scale(int p1, String b1, int p2, String b2, int p3, String b3, int p4, String b4,
                                        int p5, String b5) {
        return List.of(BandStep.atLeast(Band.A, b1, p1, p1), BandStep.atLeast(Band.B, b2, p2, p2),
                BandStep.atLeast(Band.C, b3, p3, p3), BandStep.atLeast(Band.D, b4, p4, p4),
                BandStep.atLeast(Band.E, b5, p5, p5), BandStep.of(Band.F, 0, 0));
    }
}
