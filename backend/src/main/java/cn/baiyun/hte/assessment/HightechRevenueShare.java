package cn.baiyun.hte.assessment;

import java.math.BigDecimal;

/** C6: high-tech product and service revenue ÷ total income (收入总额 − 不征税收入) of the last year ≥ 60%. */
public record HightechRevenueShare(BigDecimal hightechRevenueCny, BigDecimal totalIncomeCny, String exact,
                                   BigDecimal value4dp, BigDecimal threshold, boolean pass, BigDecimal gap) {
}
