package cn.baiyun.hte.filing;

import java.math.BigDecimal;

/**
 * A fiscal year's income statement and balance-sheet figures in yuan (hte-rules.md §3.4). Sales revenue
 * is derived, never typed; net assets alone may be negative.
 *
 * @param totalRevenue         收入总额
 * @param nonTaxableIncome     不征税收入
 * @param highTechRevenue      高新技术产品（服务）收入, technical income included
 * @param totalCostAndExpense  成本费用支出总额
 */
public record Financials(BigDecimal mainBusinessRevenue, BigDecimal otherBusinessRevenue, BigDecimal totalRevenue,
                         BigDecimal nonTaxableIncome, BigDecimal highTechRevenue, BigDecimal netAssets,
                         BigDecimal totalAssets, BigDecimal totalCostAndExpense, Integer monthsOperated) {

    /** 销售收入 = 主营业务收入 + 其他业务收入, or none while either is missing. */
    public BigDecimal salesRevenue() {
        return mainBusinessRevenue == null || otherBusinessRevenue == null ? null
                : mainBusinessRevenue.add(otherBusinessRevenue);
    }

    /** 总收入 = 收入总额 − 不征税收入, the denominator of the high-tech revenue share. */
    public BigDecimal totalIncome() {
        return totalRevenue == null || nonTaxableIncome == null ? null : totalRevenue.subtract(nonTaxableIncome);
    }
}
