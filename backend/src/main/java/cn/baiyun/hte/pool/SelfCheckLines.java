package cn.baiyun.hte.pool;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import cn.baiyun.hte.assessment.Assessment;
import cn.baiyun.hte.assessment.ConditionId;
import cn.baiyun.hte.assessment.Conditions;
import cn.baiyun.hte.assessment.FirmSnapshot;
import cn.baiyun.hte.assessment.ScoreProjection;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Every condition of an assessment in plain words: the formula with the firm's own figures, the threshold
 * and the gap, so that each number on the self-check page can be traced to where it comes from.
 */
@Component
class SelfCheckLines {

    /**
     * One condition as the page shows it.
     *
     * @param value   the measured value as shown (a percentage, days, points); compared to tell what changed
     * @param formula how the value is computed, with the figures it comes from
     * @param gap     what is still missing; null when the condition is met
     */
    record Line(ConditionId id, String name, boolean pass, String value, String formula, String gap) {
    }

    /** A condition whose outcome, value or gap differs between today and the what-if. */
    record Change(ConditionId id, String name, Line before, Line after) {
    }

    private final MessageSource messages;

    SelfCheckLines(MessageSource messages) {
        this.messages = messages;
    }

    List<Line> lines(FirmSnapshot snapshot, Assessment assessment, Locale locale) {
        Conditions c = assessment.conditions();
        var age = c.c1RegistrationAge();
        var ip = c.c2CoreIp();
        var staff = c.c4StStaffRatio();
        var rd = c.c5aRdIntensity();
        var domestic = c.c5bDomesticRdShare();
        var hightech = c.c6HightechRevenueShare();
        var score = c.c7InnovationCapability();
        ScoreProjection points = assessment.innovationScore().projection();
        List<Integer> years = assessment.fiscalYearsConsidered();
        String window = years.get(0) + "–" + years.get(years.size() - 1);
        int incidents = c.c8NoMajorIncident().incidentsInWindow().size();
        List<Line> lines = new ArrayList<>();
        lines.add(line(locale, ConditionId.C1_REGISTRATION_AGE, age.pass(), days(age.daysRegistered(), locale),
                args(snapshot.assessmentDate(), snapshot.registrationDate(), age.daysRegistered(), age.thresholdDays()),
                age.pass() ? null : message("selfcheck.gap.days", locale, age.gapDays())));
        lines.add(line(locale, ConditionId.C2_CORE_IP, ip.pass(), String.valueOf(ip.usableClass1() + ip.usableClass2()),
                args(ip.usableClass1(), ip.usableClass2()),
                ip.pass() ? null : message("selfcheck.gap.ip", locale)));
        lines.add(line(locale, ConditionId.C3_TECH_FIELD, c.c3TechField().pass(), snapshot.techField().label(),
                args(snapshot.techField().label()),
                c.c3TechField().pass() ? null : message("selfcheck.gap.field", locale)));
        lines.add(line(locale, ConditionId.C4_ST_STAFF_RATIO, staff.pass(), percent(staff.value4dp()),
                args(number(staff.stStaffAvg()), number(staff.totalStaffAvg()), percent(staff.value4dp()),
                        percent(staff.threshold())), ratioGap(staff.pass(), staff.gap(), locale)));
        lines.add(line(locale, ConditionId.C5A_RD_INTENSITY, rd.pass(), percent(rd.value4dp()),
                args(yuan(rd.rdTotalCountedCny()), yuan(rd.salesTotalCny()), window, percent(rd.value4dp()),
                        yuan(rd.lastYearSalesCny()), percent(rd.threshold())), ratioGap(rd.pass(), rd.gap(), locale)));
        lines.add(line(locale, ConditionId.C5B_DOMESTIC_RD_SHARE, domestic.pass(), percent(domestic.value4dp()),
                args(yuan(domestic.domesticTotalCountedCny()), yuan(rd.rdTotalCountedCny()), percent(domestic.value4dp()),
                        percent(domestic.threshold())), ratioGap(domestic.pass(), domestic.gap(), locale)));
        lines.add(line(locale, ConditionId.C6_HIGHTECH_REVENUE_SHARE, hightech.pass(), percent(hightech.value4dp()),
                args(yuan(hightech.hightechRevenueCny()), yuan(hightech.totalIncomeCny()), percent(hightech.value4dp()),
                        percent(hightech.threshold())), ratioGap(hightech.pass(), hightech.gap(), locale)));
        lines.add(line(locale, ConditionId.C7_INNOVATION_CAPABILITY, score.pass(), String.valueOf(score.projectedScore()),
                args(points.ipSubtotalCapped30(), points.techTransformation(), points.rdManagement(),
                        points.growthNetAssets(), points.growthSales(), score.projectedScore()),
                score.pass() ? null : message("selfcheck.gap.points", locale, score.gap())));
        lines.add(line(locale, ConditionId.C8_NO_MAJOR_INCIDENT, c.c8NoMajorIncident().pass(), String.valueOf(incidents),
                args(snapshot.assessmentDate().minusDays(365), snapshot.assessmentDate(), incidents),
                c.c8NoMajorIncident().pass() ? null : message("selfcheck.gap.incidents", locale, incidents)));
        return lines;
    }

    /** The conditions whose outcome, value or gap the what-if changes, in condition order. */
    List<Change> changes(List<Line> before, List<Line> after) {
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            Line was = before.get(i);
            Line will = after.get(i);
            if (was.pass() != will.pass() || !Objects.equals(was.value(), will.value())
                    || !Objects.equals(was.gap(), will.gap())) {
                changes.add(new Change(was.id(), was.name(), was, will));
            }
        }
        return changes;
    }

    private Line line(Locale locale, ConditionId id, boolean pass, String value, Object[] formulaArgs, String gap) {
        return new Line(id, message("selfcheck.condition." + id.name(), locale), pass, value,
                message("selfcheck.formula." + id.name(), locale, formulaArgs), gap);
    }

    private String ratioGap(boolean pass, BigDecimal gap, Locale locale) {
        return pass ? null : message("selfcheck.gap.ratio", locale, gap.movePointRight(2).setScale(2, RoundingMode.HALF_UP)
                .toPlainString());
    }

    private String days(long days, Locale locale) {
        return message("selfcheck.days", locale, String.valueOf(days));
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static Object[] args(Object... args) {
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof Number || args[i] == null ? String.valueOf(args[i]) : args[i].toString();
        }
        return shown;
    }

    /** Yuan with thousands separators and fen, the way the filing pages show amounts. */
    static String yuan(BigDecimal amount) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
    }

    /** A share as a percentage to 2 decimals; a dash when its denominator was 0. */
    static String percent(BigDecimal share) {
        return share == null ? "—" : share.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    static String number(BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString();
    }
}
