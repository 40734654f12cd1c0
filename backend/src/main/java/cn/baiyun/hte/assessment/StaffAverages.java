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

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    static StaffAverages of(StaffLastFiscalYear staff) {
        if (staff.method() != StaffMethod.MONTHLY_COUNTS) {
            BigDecimal st = staff.stStaffMonthlyAverage();
            BigDecimal total = staff.totalStaffMonthlyAverage();
            return new StaffAverages(Amounts.tidy(st), Amounts.tidy(total), Fraction.of(st, total), null);
        }
        List<MonthlyStaffCount> months = staff.months();
        BigDecimal sumTotal = BigDecimal.ZERO;
        BigDecimal sumSt = BigDecimal.ZERO;
        for (MonthlyStaffCount month : months) {
            sumTotal = sumTotal.add(BigDecimal.valueOf(month.totalBegin() + month.totalEnd()).divide(TWO));
            sumSt = sumSt.add(BigDecimal.valueOf(month.stBegin() + month.stEnd()).divide(TWO));
        }
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
