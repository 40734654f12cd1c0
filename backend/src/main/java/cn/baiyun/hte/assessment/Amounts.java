package cn.baiyun.hte.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;

/** Presentation and summing of exact amounts. */
final class Amounts {

    /** 0.01 万元, the unit of the official form. */
    private static final BigDecimal FORM_UNIT = new BigDecimal("100");

    private Amounts() {
    }

    /** Without trailing zeros but never in exponent form: 800000.0 → 800000, 0.2500 → 0.25. */
    static BigDecimal tidy(BigDecimal amount) {
        if (amount.scale() == 0) {
            return amount;
        }
        // most amounts are whole yuan that only carry a scale from × 0.8 or × 0.25: cheaper than stripping
        BigDecimal whole = amount.setScale(0, RoundingMode.DOWN);
        if (whole.compareTo(amount) == 0) {
            return whole;
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static String plain(BigDecimal amount) {
        return tidy(amount).toPlainString();
    }

    static <T> BigDecimal sum(List<T> items, Function<T, BigDecimal> amount) {
        BigDecimal total = BigDecimal.ZERO;
        for (T item : items) {
            total = total.add(amount.apply(item));
        }
        return total;
    }

    /** Rounded to 0.01 万元 as the official form is filled in (ratio_comparison = form_units). */
    static BigDecimal inFormUnits(BigDecimal amount) {
        return amount.divide(FORM_UNIT, 0, RoundingMode.HALF_UP).multiply(FORM_UNIT);
    }
}
