package cn.baiyun.hte.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A year's R&D on the super-deduction scope (财税〔2015〕119号) that the tech-based SME score divides
 * (hte-rules.md §4.4), estimated from the spend a firm files by the HTE categories (§3.2 lists the
 * differences):
 * <pre>
 * other_cap          = internal_non_other × 10% ÷ (1 − 10%)        (2021-28's "限额 = 五项费用之和 × 10%/(1−10%)")
 * domestic_qualified = internal_non_other + min(other, other_cap) + 0.8 × outsourced_domestic
 * foreign_counted    = min(0.8 × outsourced_foreign, ⅔ × domestic_qualified)
 * RD_119             = domestic_qualified + foreign_counted, to the fen
 * </pre>
 * The filed category "depreciation and long-term prepaid expenses" cannot be split, so building
 * depreciation and long-term prepaid expenses, which the super deduction leaves out, still count: the
 * estimate is an upper bound by that category, and the pages say so.
 */
public final class SuperDeductionRd {

    private static final BigDecimal OUTSOURCED_SHARE = new BigDecimal("0.8");
    private static final BigDecimal NINE = BigDecimal.valueOf(9);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal THREE = BigDecimal.valueOf(3);
    private static final int FEN = 2;

    private SuperDeductionRd() {
    }

    public static BigDecimal of(RdExpenses spend) {
        BigDecimal internalNonOther = spend.internalNonOther();
        BigDecimal otherCap = internalNonOther.divide(NINE, FEN, RoundingMode.HALF_UP);
        BigDecimal domesticQualified = internalNonOther.add(spend.other().min(otherCap))
                .add(OUTSOURCED_SHARE.multiply(spend.outsourcedDomesticActual()));
        BigDecimal foreignCap = domesticQualified.multiply(TWO).divide(THREE, FEN, RoundingMode.HALF_UP);
        BigDecimal foreign = OUTSOURCED_SHARE.multiply(spend.outsourcedForeignActual()).min(foreignCap);
        return Amounts.tidy(domesticQualified.add(foreign).setScale(FEN, RoundingMode.HALF_UP));
    }
}
