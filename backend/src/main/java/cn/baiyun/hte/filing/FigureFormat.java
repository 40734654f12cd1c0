package cn.baiyun.hte.filing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import cn.baiyun.hte.assessment.CountedRd;

/**
 * Figures as the filing pages show them. Pages reach it as {@code ${fmt}}: Thymeleaf forbids static calls
 * in templates.
 */
public final class FigureFormat {

    static final FigureFormat INSTANCE = new FigureFormat();
    private static final int RATIO_SCALE = 4;

    private FigureFormat() {
    }

    /**
     * Yuan for reading: thousands separators, at least two decimals and as many more as the exact value
     * has (counted R&D has up to four). The live figures in {@code filing-figures.js} use the same format.
     */
    public String yuan(BigDecimal amount) {
        return amount == null ? null
                : new DecimalFormat("#,##0.00##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
    }

    /** A ratio to four decimals as a percentage, {@code 0.6} as {@code 60.00%}. */
    public String percent(BigDecimal ratio) {
        return ratio == null ? null
                : ratio.setScale(RATIO_SCALE, RoundingMode.HALF_UP).movePointRight(2).toPlainString() + "%";
    }

    /** Domestic counted R&D ÷ counted R&D (the 60% test, hte-rules.md §2 C5b), or none without R&D. */
    public BigDecimal domesticShare(CountedRd counted) {
        if (counted == null || counted.rdCounted().signum() == 0) {
            return null;
        }
        return counted.domesticCounted().divide(counted.rdCounted(), RATIO_SCALE, RoundingMode.HALF_UP);
    }
}
