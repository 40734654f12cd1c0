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
        int scale = amount.scale();
        if (scale == 0) {
            return amount;
        }
        if (scale > 0 && amount.precision() <= LongDecimals.MAX_DIGITS) {
            // strip the zeros off the unscaled long: stripTrailingZeros or setScale divide and allocate at each
            // step, and an amount that is already tidy is returned as it is
            long unscaled = LongDecimals.unscaled(amount);
            int tidyScale = scale;
            while (tidyScale > 0 && unscaled % 10 == 0) {
                unscaled /= 10;
                tidyScale--;
            }
            return tidyScale == scale ? amount : BigDecimal.valueOf(unscaled, tidyScale);
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static String plain(BigDecimal amount) {
        return tidy(amount).toPlainString();
    }

    static <T> BigDecimal sum(List<T> items, Function<T, BigDecimal> amount) {
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < items.size(); i++) {
            // by index: the lists summed are the window's few years, an iterator would cost more than the loop
            total = total.add(amount.apply(items.get(i)));
        }
        return total;
    }

    /** Rounded to 0.01 万元 as the official form is filled in (ratio_comparison = form_units). */
    static BigDecimal inFormUnits(BigDecimal amount) {
        return amount.divide(FORM_UNIT, 0, RoundingMode.HALF_UP).multiply(FORM_UNIT);
    }
}
