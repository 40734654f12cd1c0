package cn.baiyun.hte.assessment;

import java.math.BigDecimal;

/** One considered fiscal year's counted R&D (hte-rules.md §3.2) and its sales revenue. */
public record YearRd(int year, BigDecimal internalNonOtherCny, BigDecimal outsourcedCountedCny,
                     BigDecimal otherActualCny, BigDecimal otherCapCny, BigDecimal otherCountedCny,
                     BigDecimal rdCountedCny, BigDecimal domesticCountedCny, BigDecimal salesRevenueCny) {
}
