package cn.baiyun.hte.pool.selfcheck;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cn.baiyun.hte.assessment.Assessment;
import cn.baiyun.hte.assessment.Conditions;
import cn.baiyun.hte.pool.feedback.ResultExplanation;

/**
 * A condition whose outcome, measured value or gap differs between today and the what-if, with both
 * explanations. Figures that move with the calendar alone (the days registered, the years of the window)
 * are not a change: only what the condition measures is compared.
 */
record SelfCheckChange(String code, ResultExplanation.ConditionLine before, ResultExplanation.ConditionLine after) {

    /** The changed conditions in condition order; both explanations list C1–C8 in the same order. */
    static List<SelfCheckChange> between(Assessment today, ResultExplanation todayExplained, Assessment nextYear,
                                         ResultExplanation nextYearExplained) {
        List<Object> was = measured(today.conditions());
        List<Object> will = measured(nextYear.conditions());
        List<SelfCheckChange> changes = new ArrayList<>();
        for (int i = 0; i < was.size(); i++) {
            ResultExplanation.ConditionLine before = todayExplained.conditions().get(i);
            ResultExplanation.ConditionLine after = nextYearExplained.conditions().get(i);
            if (before.pass() != after.pass() || !same(was.get(i), will.get(i))
                    || !before.gapArgs().equals(after.gapArgs())) {
                changes.add(new SelfCheckChange(before.code(), before, after));
            }
        }
        return changes;
    }

    /** What each condition measures, C1–C8; C1 and C3 only pass or fail. */
    private static List<Object> measured(Conditions c) {
        return List.of(c.c1RegistrationAge().pass(), c.c2CoreIp().usableClass1() + c.c2CoreIp().usableClass2(),
                c.c3TechField().pass(), nullable(c.c4StStaffRatio().value4dp()),
                nullable(c.c5aRdIntensity().value4dp()), nullable(c.c5bDomesticRdShare().value4dp()),
                nullable(c.c6HightechRevenueShare().value4dp()), c.c7InnovationCapability().projectedScore(),
                c.c8NoMajorIncident().incidentsInWindow().size());
    }

    /** List.of refuses nulls; a share without a denominator is compared as "none". */
    private static Object nullable(BigDecimal share) {
        return share == null ? "none" : share;
    }

    private static boolean same(Object a, Object b) {
        return a instanceof BigDecimal x && b instanceof BigDecimal y ? x.compareTo(y) == 0 : Objects.equals(a, b);
    }
}
