package cn.baiyun.hte.assessment;

import java.math.BigDecimal;

/** C5b: R&D done in China ÷ all R&D ≥ 60%, over the considered years. */
public record DomesticRdShare(BigDecimal domesticTotalCountedCny, String exact, BigDecimal value4dp,
                              BigDecimal threshold, boolean pass, BigDecimal gap) {
}
