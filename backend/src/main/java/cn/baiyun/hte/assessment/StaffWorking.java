package cn.baiyun.hte.assessment;

import java.math.BigDecimal;

/**
 * The working of the staff averages from monthly counts: 月平均数 = (月初 + 月末) / 2, 全年月平均数 = Σ / months,
 * and the year-end snapshot ratio that the rules do NOT use, shown for contrast.
 */
public record StaffWorking(BigDecimal sumMonthlyAvgTotal, BigDecimal sumMonthlyAvgSt, BigDecimal annualAvgTotal,
                           BigDecimal annualAvgSt, BigDecimal yearEndSnapshotRatio4dp) {
}
