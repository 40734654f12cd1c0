package cn.baiyun.hte.filing;

import java.math.BigDecimal;
import java.util.Objects;

import cn.baiyun.hte.assessment.RdExpenses;

/** A fiscal year's R&D spend as actually incurred, in yuan, by the eight official categories (§3.1). */
public record RdSpend(BigDecimal personnel, BigDecimal directInput, BigDecimal depreciationAndLongTermPrepaid,
                      BigDecimal intangibleAmortization, BigDecimal design, BigDecimal equipmentDebuggingAndTrial,
                      BigDecimal other, BigDecimal outsourcedDomestic, BigDecimal outsourcedForeign) {

    /** The spend as the rules engine counts it; a category left empty counts as nothing spent. */
    public RdExpenses toExpenses() {
        return new RdExpenses(orZero(personnel), orZero(directInput), orZero(depreciationAndLongTermPrepaid),
                orZero(intangibleAmortization), orZero(design), orZero(equipmentDebuggingAndTrial), orZero(other),
                orZero(outsourcedDomestic), orZero(outsourcedForeign));
    }

    private static BigDecimal orZero(BigDecimal amount) {
        return Objects.requireNonNullElse(amount, BigDecimal.ZERO);
    }
}
