package cn.baiyun.hte.filing;

import java.math.BigDecimal;

import cn.baiyun.hte.assessment.CountedRd;
import cn.baiyun.hte.assessment.RdCounting;

/**
 * The figures derived from what the firm typed, shown next to their inputs: sales revenue, total income,
 * R&D as the rules count it (hte-rules.md §3.2) and the staff averages and share (§2 C4).
 */
public record FilingFigures(BigDecimal salesRevenue, BigDecimal totalIncome, CountedRd countedRd,
                            BigDecimal averageTotalStaff, BigDecimal averageScienceAndTechnologyStaff,
                            BigDecimal scienceAndTechnologyShare) {

    private static final RdCounting COUNTING = RdCounting.byDefault();

    public static FilingFigures of(FilingContent content) {
        Financials financials = content.financials();
        Staff staff = content.staff();
        return new FilingFigures(
                financials == null ? null : financials.salesRevenue(),
                financials == null ? null : financials.totalIncome(),
                content.rdSpend() == null ? null : COUNTING.count(content.rdSpend().toExpenses()),
                staff == null ? null : staff.totalAverage(),
                staff == null ? null : staff.scienceAndTechnologyAverage(),
                staff == null ? null : staff.scienceAndTechnologyShare());
    }
}
