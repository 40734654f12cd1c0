package cn.baiyun.hte.filing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Total staff (职工总数) and S&T staff (科技人员) as annual monthly averages: either typed as two averages,
 * or computed from monthly begin/end rows as the rules define them (§2 C4): each month's average is
 * (begin + end) ÷ 2 and the year's is their sum ÷ the months operated.
 */
public record Staff(Mode mode, BigDecimal averageTotal, BigDecimal averageScienceAndTechnology, List<StaffMonth> months) {

    public enum Mode { ANNUAL_AVERAGE, MONTHLY }

    private static final int DISPLAY_SCALE = 2;
    private static final int SHARE_SCALE = 4;

    public Staff {
        months = months == null ? List.of() : List.copyOf(months);
    }

    /** The year's average total staff, to two decimals for display; none while figures are missing. */
    public BigDecimal totalAverage() {
        return mode == Mode.MONTHLY ? monthlyAverage(sumOfMonths(true)) : averageTotal;
    }

    public BigDecimal scienceAndTechnologyAverage() {
        return mode == Mode.MONTHLY ? monthlyAverage(sumOfMonths(false)) : averageScienceAndTechnology;
    }

    /**
     * S&T staff ÷ total staff, to four decimals. From monthly rows the divisor 2 × months cancels, so the
     * share is the exact ratio of the two sums of begin and end counts.
     */
    public BigDecimal scienceAndTechnologyShare() {
        BigDecimal st = mode == Mode.MONTHLY ? sumOfMonths(false) : averageScienceAndTechnology;
        BigDecimal total = mode == Mode.MONTHLY ? sumOfMonths(true) : averageTotal;
        if (st == null || total == null || total.signum() == 0) {
            return null;
        }
        return st.divide(total, SHARE_SCALE, RoundingMode.HALF_UP);
    }

    private BigDecimal monthlyAverage(BigDecimal sum) {
        return sum == null || months.isEmpty() ? null
                : sum.divide(BigDecimal.valueOf(2L * months.size()), DISPLAY_SCALE, RoundingMode.HALF_UP);
    }

    private BigDecimal sumOfMonths(boolean total) {
        long sum = 0;
        for (StaffMonth month : months) {
            Integer begin = total ? month.totalBegin() : month.scienceAndTechnologyBegin();
            Integer end = total ? month.totalEnd() : month.scienceAndTechnologyEnd();
            if (begin == null || end == null) {
                return null;
            }
            sum += begin + end;
        }
        return months.isEmpty() ? null : BigDecimal.valueOf(sum);
    }
}
