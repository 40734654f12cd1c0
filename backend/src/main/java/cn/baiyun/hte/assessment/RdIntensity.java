package cn.baiyun.hte.assessment;

import java.math.BigDecimal;

/**
 * C5a: counted R&D ÷ sales revenue over the considered years, threshold by the last year's sales band.
 *
 * @param gap threshold − value rounded to 4 decimals, 0 when met
 */
public record RdIntensity(BigDecimal rdTotalCountedCny, BigDecimal salesTotalCny, BigDecimal lastYearSalesCny,
                          SalesBand band, BigDecimal threshold, String exact, BigDecimal value4dp, boolean pass,
                          BigDecimal gap) {
}
