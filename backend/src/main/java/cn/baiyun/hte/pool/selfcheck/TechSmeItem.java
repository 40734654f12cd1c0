package cn.baiyun.hte.pool.selfcheck;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import cn.baiyun.hte.assessment.TechSmeEvaluation;
import cn.baiyun.hte.assessment.TechSmeEvaluator;
import cn.baiyun.hte.assessment.TechSmeSnapshot;
import cn.baiyun.hte.enterprise.HteCertificate;
import cn.baiyun.hte.pool.feedback.ResultExplanation;

/**
 * One item of the tech-based SME evaluation in plain words: the condition or score item ({@code code} names
 * its messages {@code techsme.item.<code>} and {@code .rule}), what the firm's figures give, and for a
 * score item the figure that would reach its next band.
 *
 * @param pass   met or not; null for what the portal does not record and the firm confirms itself
 * @param points the item's points; null for a condition
 * @param figure message key of what the figures give, with {@code figureArgs}
 * @param advice message key of what would score more, with {@code adviceArgs}; null when nothing would
 */
record TechSmeItem(String code, Boolean pass, Integer points, String figure, List<String> figureArgs, String advice,
                   List<String> adviceArgs) {

    private static final BigDecimal CAP = TechSmeEvaluator.MAX_SALES;

    /** Every item in the order of 115号: the basic conditions (第六条), the score (第七条), the direct routes (第八条). */
    static List<TechSmeItem> of(TechSmeSnapshot s, TechSmeEvaluation e, HteCertificate certificate) {
        List<TechSmeItem> items = new ArrayList<>();
        items.add(condition("resident", s.residentEnterprise(), s.residentEnterprise() ? "yes" : "no"));
        items.add(condition("staff-cap", s.employees() <= TechSmeEvaluator.MAX_EMPLOYEES, "figure",
                String.valueOf(s.employees())));
        items.add(condition("sales-cap", s.salesRevenueCny().compareTo(CAP) <= 0, "figure", money(s.salesRevenueCny())));
        items.add(condition("assets-cap", s.totalAssetsCny().compareTo(TechSmeEvaluator.MAX_ASSETS) <= 0, "figure",
                money(s.totalAssetsCny())));
        items.add(condition("integrity", !s.integrityIssues(), s.integrityIssues() ? "no" : "yes",
                String.valueOf(s.dataYear()), String.valueOf(s.evaluationYear())));
        items.add(new TechSmeItem("industry", null, null, "techsme.item.industry.figure", List.of(), null, List.of()));
        items.add(staff(s, e));
        items.add(rd("rd-to-sales", TechSmeEvaluator.Measure.RD_TO_SALES, s, s.salesRevenueCny(), e.rdToSales4dp(),
                e.rdToSalesScore(), e.rdScoreUsed()));
        items.add(rd("rd-to-cost", TechSmeEvaluator.Measure.RD_TO_COST, s, s.costAndExpenseTotalCny(), e.rdToCost4dp(),
                e.rdToCostScore(), e.rdScoreUsed()));
        items.add(ip(s, e));
        items.add(new TechSmeItem("total", e.total() >= TechSmeEvaluator.PASS_MARK && e.stScore() > 0, e.total(),
                "techsme.item.total.figure", List.of(String.valueOf(e.total()), String.valueOf(e.stScore())), null,
                List.of()));
        items.add(certificate(certificate, s.directQualification() != null
                && s.directQualification().validHteCertificate()));
        items.add(new TechSmeItem("other-routes", null, null, "techsme.item.other-routes.figure", List.of(), null,
                List.of()));
        return items;
    }

    private static TechSmeItem condition(String code, boolean pass, String figure, String... args) {
        return new TechSmeItem(code, pass, null, "techsme.item." + code + "." + figure, List.of(args), null, List.of());
    }

    private static TechSmeItem staff(TechSmeSnapshot s, TechSmeEvaluation e) {
        BigDecimal employees = BigDecimal.valueOf(s.employees());
        var next = TechSmeEvaluator.nextBand(TechSmeEvaluator.Measure.ST_STAFF, BigDecimal.valueOf(s.stStaff()),
                employees);
        return new TechSmeItem("st-staff", null, e.stScore(), "techsme.item.st-staff.figure",
                List.of(String.valueOf(s.stStaff()), String.valueOf(s.employees()), ResultExplanation.percent(e.stRatio4dp())),
                next.isEmpty() ? null : "techsme.item.st-staff.advice",
                next.map(band -> List.of(ResultExplanation.figure(band.bound().multiply(employees)
                                .setScale(0, RoundingMode.CEILING)), ResultExplanation.threshold(band.bound()),
                        String.valueOf(band.points()))).orElse(List.of()));
    }

    /** One of the two R&D measures; the higher of the two counts, as the firm may choose either. */
    private static TechSmeItem rd(String code, TechSmeEvaluator.Measure measure, TechSmeSnapshot s, BigDecimal base,
                                  BigDecimal ratio, int points, int used) {
        var next = TechSmeEvaluator.nextBand(measure, s.rdExpenseCny119Caliber(), base);
        return new TechSmeItem(code, null, points, "techsme.item." + code + (points == used ? ".used" : ".unused"),
                List.of(money(s.rdExpenseCny119Caliber()), money(base), ResultExplanation.percent(ratio)),
                next.isEmpty() || base.signum() == 0 ? null : "techsme.item.rd.advice",
                next.map(band -> List.of(money(band.bound().multiply(base).setScale(0, RoundingMode.CEILING)),
                        ResultExplanation.threshold(band.bound()), String.valueOf(band.points()))).orElse(List.of()));
    }

    private static TechSmeItem ip(TechSmeSnapshot s, TechSmeEvaluation e) {
        List<String> figure = List.of(String.valueOf(s.class1Ip()), String.valueOf(s.class2Ip()));
        if (s.class1Ip() > 0) {
            return new TechSmeItem("ip", null, e.ipScore(), "techsme.item.ip.figure", figure, null, List.of());
        }
        int oneMore = TechSmeEvaluator.ipScore(0, s.class2Ip() + 1);
        return new TechSmeItem("ip", null, e.ipScore(), "techsme.item.ip.figure", figure,
                oneMore > e.ipScore() ? "techsme.item.ip.advice" : "techsme.item.ip.advice-class1",
                List.of(String.valueOf(oneMore)));
    }

    /** The route the snapshot took or not, told with the certificate's number and end of validity. */
    private static TechSmeItem certificate(HteCertificate certificate, boolean valid) {
        if (certificate == null || certificate.issueDate() == null) {
            return condition("hte-certificate", false, "none");
        }
        return condition("hte-certificate", valid, valid ? "valid" : "expired", certificate.number(),
                certificate.validUntil().toString());
    }

    private static String money(BigDecimal amount) {
        return ResultExplanation.figure(amount);
    }
}
