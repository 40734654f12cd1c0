package cn.baiyun.hte.assessment;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One fiscal year's R&D spend as actually incurred, in yuan, by the eight official categories
 * (hte-rules.md §3.1), outsourced R&D split by where it was done.
 */
public record RdExpenses(BigDecimal personnel, BigDecimal directInput, BigDecimal depreciationAndLongTermPrepaid,
                         BigDecimal intangibleAmortization, BigDecimal design, BigDecimal equipmentDebuggingAndTrial,
                         BigDecimal other, BigDecimal outsourcedDomesticActual, BigDecimal outsourcedForeignActual) {

    public RdExpenses {
        Stream.of(personnel, directInput, depreciationAndLongTermPrepaid, intangibleAmortization, design,
                equipmentDebuggingAndTrial, other, outsourcedDomesticActual, outsourcedForeignActual)
                .forEach(amount -> Objects.requireNonNull(amount, "every category needs an amount (zero if none)"));
    }

    /** The six internal categories other than "other costs", which alone are capped. */
    BigDecimal internalNonOther() {
        return personnel.add(directInput).add(depreciationAndLongTermPrepaid).add(intangibleAmortization)
                .add(design).add(equipmentDebuggingAndTrial);
    }
}
