package cn.baiyun.hte.assessment;

import java.math.BigDecimal;

/**
 * C4: S&T staff ÷ total staff ≥ 10%, annual monthly averages of the last fiscal year.
 *
 * @param exact    the unreduced fraction "numerator/denominator"; pass/fail uses it, never {@code value4dp}
 * @param value4dp the fraction rounded half-up to 4 decimals, for display; null when the denominator is 0
 * @param gap      threshold − value rounded to 4 decimals, 0 when met
 */
public record StaffRatio(BigDecimal stStaffAvg, BigDecimal totalStaffAvg, String exact, BigDecimal value4dp,
                         BigDecimal threshold, boolean pass, BigDecimal gap) {
}
