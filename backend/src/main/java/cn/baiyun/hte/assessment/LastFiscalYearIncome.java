package cn.baiyun.hte.assessment;

import java.math.BigDecimal;

/** The last fiscal year's income for the high-tech revenue share: 收入总额, 不征税收入, 高新技术产品（服务）收入. */
public record LastFiscalYearIncome(int year, BigDecimal totalRevenueCny, BigDecimal nonTaxableIncomeCny,
                                   BigDecimal hightechProductServiceRevenueCny) {

    /** 总收入 = 收入总额 − 不征税收入. */
    public BigDecimal totalIncome() {
        return totalRevenueCny.subtract(nonTaxableIncomeCny);
    }
}
