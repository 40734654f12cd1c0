package cn.baiyun.hte.pool.feedback;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import cn.baiyun.hte.assessment.Assessment;
import cn.baiyun.hte.assessment.Conditions;
import cn.baiyun.hte.assessment.GapClassification;
import cn.baiyun.hte.assessment.GrowthBand;
import cn.baiyun.hte.assessment.InnovationScore;
import cn.baiyun.hte.assessment.RdIntensity;
import cn.baiyun.hte.assessment.RuleSet;
import cn.baiyun.hte.assessment.ScoreProjection;
import cn.baiyun.hte.assessment.ScoredBand;
import cn.baiyun.hte.assessment.TierResult;

/**
 * An engine result told in plain words: each condition C1–C8 with its formula, value, threshold and gap,
 * the score projection with what it assumes, and the catch-up plan for each unmet condition. Every text
 * is a message key ({@code feedback/messages}) with its arguments already formatted (amounts in yuan with
 * thousands separators, shares as percentages), so the fragments of {@code feedback/result.html} render
 * it in either language and any page that has an {@link Assessment} can show it.
 *
 * @param proposedTier the engine's tier for these figures (the bureau may have decided another)
 */
public record ResultExplanation(String ruleSetVersion, TierResult proposedTier, List<ConditionLine> conditions,
                                List<ScoreLine> scoreItems, int projectedScore, int passMark,
                                int nextYearProjectedScore, List<Integer> deterministicRange,
                                List<Assumption> assumptions, List<CatchUpLine> catchUp) {

    static final String NO_VALUE = "—";

    /**
     * One recognition condition, rendered from {@code feedback.condition.<code>.formula} (and {@code .gap}
     * when unmet) with these arguments.
     *
     * @param note a further message key with {@code noteArgs}, e.g. the sales band or what an expert
     *             still confirms; null when there is none
     */
    public record ConditionLine(String code, boolean pass, List<String> formulaArgs, List<String> gapArgs,
                                String note, List<String> noteArgs) {

        public Object[] formula() {
            return formulaArgs.toArray();
        }

        public Object[] gap() {
            return gapArgs.toArray();
        }

        public Object[] noteParams() {
            return noteArgs.toArray();
        }
    }

    /** Where a score item's points come from. */
    public enum Basis { DATA, SELF_ASSESSMENT, SUBTOTAL }

    /**
     * One item of the innovation score.
     *
     * @param band  the band letter the data fix; null for items without one
     * @param range the points the band allows, e.g. "25–30"; null for items without a band
     * @param rate  the growth rate as a percentage, for the growth items; null otherwise
     */
    public record ScoreLine(String item, int points, String band, String range, String rate, Basis basis) {
    }

    /** Something the projection assumes: {@code feedback.score.assumption.<key>} with its arguments. */
    public record Assumption(String key, List<String> args) {

        public Object[] params() {
            return args.toArray();
        }
    }

    /**
     * What it takes to close one unmet condition: {@code feedback.catchup.<code>} with its arguments, and
     * whether the rules see it as closable within about a year.
     */
    public record CatchUpLine(String code, boolean slight, List<String> args) {

        public Object[] params() {
            return args.toArray();
        }
    }

    public int failedCount() {
        return (int) conditions.stream().filter(line -> !line.pass()).count();
    }

    /** The explanation of {@code result}, computed under {@code rules} (the rule set named in the result). */
    public static ResultExplanation of(Assessment result, RuleSet rules) {
        InnovationScore score = result.innovationScore();
        return new ResultExplanation(result.ruleSetVersion(), result.tier().result(), conditions(result, rules.tier1MinProjectedScore()),
                scoreItems(score), score.projection().total(), rules.tier1MinProjectedScore(),
                score.nextYearProjection().total(), score.deterministicSubtotalRange(), assumptions(score, rules),
                catchUp(result, rules));
    }

    private static List<ConditionLine> conditions(Assessment result, int passMark) {
        Conditions c = result.conditions();
        List<Integer> years = result.fiscalYearsConsidered();
        String firstYear = String.valueOf(years.get(0));
        String lastYear = String.valueOf(years.get(years.size() - 1));
        RdIntensity rd = c.c5aRdIntensity();
        var age = c.c1RegistrationAge();
        var ip = c.c2CoreIp();
        var staff = c.c4StStaffRatio();
        var domestic = c.c5bDomesticRdShare();
        var hightech = c.c6HightechRevenueShare();
        var score = c.c7InnovationCapability();
        var incidents = c.c8NoMajorIncident();
        return List.of(
                line("c1", age.pass(), List.of(String.valueOf(age.daysRegistered()), String.valueOf(age.thresholdDays())),
                        List.of(String.valueOf(age.gapDays())), null, List.of()),
                line("c2", ip.pass(), List.of(String.valueOf(ip.usableClass1()), String.valueOf(ip.usableClass2()),
                                String.valueOf(ip.usableClass1() + ip.usableClass2())),
                        List.of(), "feedback.condition.c2.review", List.of()),
                line("c3", c.c3TechField().pass(), List.of(), List.of(), "feedback.condition.c3.review", List.of()),
                line("c4", staff.pass(), List.of(figure(staff.stStaffAvg()), figure(staff.totalStaffAvg()),
                                percent(staff.value4dp()), threshold(staff.threshold())),
                        List.of(points(staff.gap())), null, List.of()),
                line("c5a", rd.pass(), List.of(firstYear, lastYear, figure(rd.rdTotalCountedCny()),
                                figure(rd.salesTotalCny()), percent(rd.value4dp()), threshold(rd.threshold())),
                        List.of(points(rd.gap())), "feedback.condition.c5a.band." + rd.band().code(),
                        List.of(lastYear, figure(rd.lastYearSalesCny()), threshold(rd.threshold()))),
                line("c5b", domestic.pass(), List.of(firstYear, lastYear, figure(domestic.domesticTotalCountedCny()),
                                figure(rd.rdTotalCountedCny()), percent(domestic.value4dp()), threshold(domestic.threshold())),
                        List.of(points(domestic.gap())), null, List.of()),
                line("c6", hightech.pass(), List.of(lastYear, figure(hightech.hightechRevenueCny()),
                                figure(hightech.totalIncomeCny()), percent(hightech.value4dp()), threshold(hightech.threshold())),
                        List.of(points(hightech.gap())), null, List.of()),
                line("c7", score.pass(), List.of(String.valueOf(score.projectedScore()), String.valueOf(passMark),
                                String.valueOf(passMark - 1)),
                        List.of(String.valueOf(score.gap())), "feedback.condition.c7.review", List.of()),
                line("c8", incidents.pass(), List.of(String.valueOf(incidents.incidentsInWindow().size())),
                        List.of(incidents.incidentsInWindow().stream().map(i -> i.date().toString())
                                .collect(Collectors.joining(", "))), "feedback.condition.c8.review", List.of()));
    }

    private static ConditionLine line(String code, boolean pass, List<String> formula, List<String> gap, String note,
                                      List<String> noteArgs) {
        return new ConditionLine(code, pass, formula, pass ? List.of() : gap, note, noteArgs);
    }

    private static List<ScoreLine> scoreItems(InnovationScore score) {
        ScoreProjection p = score.projection();
        return List.of(
                new ScoreLine("techAdvancement", p.techAdvancement(), null, null, null, Basis.SELF_ASSESSMENT),
                new ScoreLine("coreSupport", p.coreSupport(), null, null, null, Basis.SELF_ASSESSMENT),
                banded("ipQuantity", p.ipQuantity(), score.ipQuantity()),
                banded("ipAcquisition", p.ipAcquisition(), score.ipAcquisition()),
                banded("standardsBonus", p.standardsBonus(), score.standardsBonus()),
                new ScoreLine("ipSubtotal", p.ipSubtotalCapped30(), null, null, null, Basis.SUBTOTAL),
                new ScoreLine("techTransformation", p.techTransformation(), score.techTransformation().band().name(),
                        range(score.techTransformation().range()), null, Basis.DATA),
                new ScoreLine("rdManagement", p.rdManagement(), null, null, null, Basis.SELF_ASSESSMENT),
                growth("growthNetAssets", p.growthNetAssets(), score.growthNetAssets()),
                growth("growthSales", p.growthSales(), score.growthSales()));
    }

    private static ScoreLine banded(String item, int points, ScoredBand band) {
        return new ScoreLine(item, points, band == null ? null : band.band().name(),
                band == null ? null : range(band.range()), null, Basis.DATA);
    }

    private static ScoreLine growth(String item, int points, GrowthBand band) {
        return new ScoreLine(item, points, band.band().name(), range(band.range()), percent(band.rate4dp()), Basis.DATA);
    }

    private static List<Assumption> assumptions(InnovationScore score, RuleSet rules) {
        List<Assumption> assumptions = new ArrayList<>(4);
        assumptions.add(new Assumption("self-assessment", List.of()));
        assumptions.add(new Assumption("point." + rules.projectionPointInBand().code(), List.of()));
        if (score.growthNetAssets().flag() != null || score.growthSales().flag() != null) {
            assumptions.add(new Assumption("growth-review", List.of()));
        }
        assumptions.add(new Assumption("next-year", List.of(String.valueOf(score.nextYearProjection().total()))));
        return List.copyOf(assumptions);
    }

    private static List<CatchUpLine> catchUp(Assessment result, RuleSet rules) {
        GapClassification gaps = result.tier().gapClassification();
        if (gaps == null) {
            return List.of();
        }
        int last = result.lastFiscalYear();
        List<Integer> years = result.fiscalYearsConsidered();
        // the rolling window next year: the last two considered years (fewer for a young firm) and next year
        int windowFrom = Math.max(years.get(0), last - 1);
        RdIntensity rd = result.conditions().c5aRdIntensity();
        List<CatchUpLine> lines = new ArrayList<>(4);
        if (gaps.c1RegistrationAge() != null) {
            lines.add(new CatchUpLine("c1", gaps.c1RegistrationAge().slight(),
                    List.of(String.valueOf(gaps.c1RegistrationAge().daysToGo()))));
        }
        if (gaps.c2CoreIp() != null) {
            lines.add(new CatchUpLine("c2", gaps.c2CoreIp().slight(),
                    List.of(String.valueOf(gaps.c2CoreIp().pendingApplications()))));
        }
        if (gaps.c4StStaffRatio() != null) {
            lines.add(new CatchUpLine("c4", gaps.c4StStaffRatio().slight(), List.of(
                    percent(gaps.c4StStaffRatio().value4dp()), threshold(result.conditions().c4StStaffRatio().threshold()),
                    threshold(rules.tier2StaffRatioFloor()))));
        }
        if (gaps.c5aRdIntensity() != null) {
            lines.add(new CatchUpLine("c5a", gaps.c5aRdIntensity().slight(), List.of(
                    percent(gaps.c5aRdIntensity().requiredNextYearRdIntensity4dp()), threshold(rd.threshold()),
                    String.valueOf(windowFrom), String.valueOf(last + 1), String.valueOf(last),
                    plain(rules.tier2RdCatchupMaxMultiple()))));
        }
        if (gaps.c5bDomesticRdShare() != null) {
            lines.add(new CatchUpLine("c5b", gaps.c5bDomesticRdShare().slight(), List.of(
                    percent(gaps.c5bDomesticRdShare().value4dp()),
                    threshold(result.conditions().c5bDomesticRdShare().threshold()),
                    threshold(rules.tier2DomesticShareFloor()))));
        }
        if (gaps.c6HightechRevenueShare() != null) {
            lines.add(new CatchUpLine("c6", gaps.c6HightechRevenueShare().slight(), List.of(
                    percent(gaps.c6HightechRevenueShare().value4dp()),
                    threshold(result.conditions().c6HightechRevenueShare().threshold()),
                    threshold(rules.tier2HightechShareFloor()))));
        }
        if (gaps.c7InnovationCapability() != null) {
            lines.add(new CatchUpLine("c7", gaps.c7InnovationCapability().slight(), List.of(
                    String.valueOf(gaps.c7InnovationCapability().nextYearProjectedScore()),
                    String.valueOf(rules.tier1MinProjectedScore()),
                    String.valueOf(rules.tier2MinNextYearProjectedScore()))));
        }
        if (gaps.c8NoMajorIncident() != null) {
            lines.add(new CatchUpLine("c8", gaps.c8NoMajorIncident().slight(),
                    List.of(String.valueOf(gaps.c8NoMajorIncident().windowClearsAfter()))));
        }
        return List.copyOf(lines);
    }

    /** Yuan or head counts with thousands separators and at most two decimals, e.g. 12,345,678. */
    public static String figure(BigDecimal amount) {
        if (amount == null) {
            return NO_VALUE;
        }
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(amount);
    }

    /** A 4-decimal share as a percentage with two decimals: 0.0512 → 5.12%. */
    public static String percent(BigDecimal share) {
        return share == null ? NO_VALUE : share.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** A threshold as the rules write it: 0.05 → 5%, 0.6 → 60%. */
    public static String threshold(BigDecimal share) {
        return plain(share.movePointRight(2)) + "%";
    }

    /** A gap in percentage points with two decimals: 0.005 → 0.50. */
    static String points(BigDecimal gap) {
        return gap == null ? NO_VALUE : gap.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String range(List<Integer> range) {
        if (range == null || range.isEmpty()) {
            return null;
        }
        return range.get(0).equals(range.get(range.size() - 1)) ? String.valueOf(range.get(0))
                : range.get(0) + "–" + range.get(range.size() - 1);
    }
}
