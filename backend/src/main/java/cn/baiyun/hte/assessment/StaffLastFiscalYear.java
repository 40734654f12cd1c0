package cn.baiyun.hte.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * Total and S&T staff of the last fiscal year after the 183-day rule, either as annual monthly averages or
 * as monthly counts at the start and end of each month operated (the engine then averages them).
 */
public record StaffLastFiscalYear(StaffMethod method, BigDecimal totalStaffMonthlyAverage,
                                  BigDecimal stStaffMonthlyAverage, List<MonthlyStaffCount> months) {

    public StaffLastFiscalYear {
        months = months == null ? List.of() : List.copyOf(months);
    }
}
