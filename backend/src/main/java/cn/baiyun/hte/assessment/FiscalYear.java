package cn.baiyun.hte.assessment;

import java.math.BigDecimal;

/**
 * One fiscal year's figures (EIT annual return basis).
 *
 * @param monthsOperated 12 for a full year, fewer when the firm opened during it
 */
public record FiscalYear(int year, int monthsOperated, BigDecimal mainBusinessRevenueCny,
                         BigDecimal otherBusinessRevenueCny, BigDecimal netAssetsYearEndCny,
                         RdExpenses rdExpenseCny) {

    /** 销售收入 = 主营业务收入 + 其他业务收入. */
    public BigDecimal salesRevenue() {
        return mainBusinessRevenueCny.add(otherBusinessRevenueCny);
    }
}
