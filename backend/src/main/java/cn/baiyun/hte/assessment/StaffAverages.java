package cn.baiyun.hte.assessment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * The S&T staff share of the last fiscal year from annual monthly averages (指引 三(五)3):
 * 月平均数 = (月初 + 月末) / 2, 全年月平均数 = Σ 月平均数 / months operated.
 *
 * @param ratio    S&T ÷ total; of the averages, or of the sums when an average has no finite decimal form
 *                 (the months cancel, so the value is the same)
 * @param working  the monthly working, null when averages were given
 */
record StaffAverages(BigDecimal stAverage, BigDecimal totalAverage, Fraction ratio, StaffWorking working) {

    static StaffAverages of(StaffLastFiscalYear staff) {
        if (staff.method() != StaffMethod.MONTHLY_COUNTS) {
            BigDecimal st = staff.stStaffMonthlyAverage();
            BigDecimal total = staff.totalStaffMonthlyAverage();
            return new StaffAverages(Amounts.tidy(st), Amounts.tidy(total), Fraction.of(st, total), null);
        }
        List<MonthlyStaffCount> months = staff.months();
        long beginsAndEndsTotal = 0;
        long beginsAndEndsSt = 0;
        boolean totalHalves = false;
        boolean stHalves = false;
        for (MonthlyStaffCount month : months) {
            int total = month.totalBegin() + month.totalEnd();
            int st = month.stBegin() + month.stEnd();
            beginsAndEndsTotal += total;
            beginsAndEndsSt += st;
            totalHalves |= total % 2 != 0;
            stHalves |= st % 2 != 0;
        }
        BigDecimal sumTotal = halved(beginsAndEndsTotal, totalHalves);
        BigDecimal sumSt = halved(beginsAndEndsSt, stHalves);
        BigDecimal monthsOperated = BigDecimal.valueOf(months.size());
        BigDecimal total = exactQuotient(sumTotal, monthsOperated);
        BigDecimal st = exactQuotient(sumSt, monthsOperated);
        Fraction ratio = total != null && st != null ? Fraction.of(st, total) : Fraction.of(sumSt, sumTotal);
        MonthlyStaffCount lastMonth = months.get(months.size() - 1);
        BigDecimal shownSt = displayed(sumSt, monthsOperated, st);
        BigDecimal shownTotal = displayed(sumTotal, monthsOperated, total);
        StaffWorking working = new StaffWorking(Amounts.tidy(sumTotal), Amounts.tidy(sumSt), shownTotal, shownSt,
                Fraction.of(lastMonth.stEnd(), lastMonth.totalEnd()).value4dp());
        return new StaffAverages(shownSt, shownTotal, ratio, working);
    }

    /**
     * Σ (begin + end) / 2 over the months, the sum of the monthly averages: halving the sum once is exact and
     * spares a BigDecimal division a month. The scale is the one the sum of halves has, 1 when some month's
     * average is a half.
     */
    private static BigDecimal halved(long beginsAndEnds, boolean someHalf) {
        return someHalf ? BigDecimal.valueOf(beginsAndEnds * 5, 1) : BigDecimal.valueOf(beginsAndEnds / 2);
    }

    /** The quotient when it has a finite decimal form, else null. */
    private static BigDecimal exactQuotient(BigDecimal sum, BigDecimal months) {
        try {
            return sum.divide(months, MathContext.UNLIMITED);
        } catch (ArithmeticException repeating) {
            return null;
        }
    }

    private static BigDecimal displayed(BigDecimal sum, BigDecimal months, BigDecimal exact) {
        return exact != null ? Amounts.tidy(exact) : Fraction.of(sum, months).value4dp();
    }
}
