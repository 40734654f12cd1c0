package cn.baiyun.hte.assessment;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * C5a (办法 第十一条(五)): counted R&D ÷ sales over the window, a ratio of sums, with the threshold set by the
 * last year's sales (50M and 200M belong to the lower band), and the catch-up needed next year (§7.3).
 */
final class RdIntensityRule {

    private static final BigDecimal FIFTY_MILLION = new BigDecimal("50000000");
    private static final BigDecimal TWO_HUNDRED_MILLION = new BigDecimal("200000000");
    private static final BigDecimal LOW_BAND = new BigDecimal("0.05");
    private static final BigDecimal MIDDLE_BAND = new BigDecimal("0.04");
    private static final BigDecimal HIGH_BAND = new BigDecimal("0.03");

    private final ShareTest shares;
    private final Map<SalesBand, CatchUpLimit> catchUpLimits = new EnumMap<>(SalesBand.class);

    RdIntensityRule(ShareTest shares, BigDecimal catchUpMultiple) {
        this.shares = shares;
        for (SalesBand band : SalesBand.values()) {
            catchUpLimits.put(band, CatchUpLimit.of(threshold(band), catchUpMultiple));
        }
    }

    /** The highest next-year intensity that is a slight gap in a band, and how the result states it: fixed per rule set. */
    private record CatchUpLimit(BigDecimal value, String text) {

        static CatchUpLimit of(BigDecimal threshold, BigDecimal multiple) {
            BigDecimal limit = threshold.multiply(multiple);
            return new CatchUpLimit(limit, Amounts.plain(multiple) + " x threshold = "
                    + limit.setScale(Math.max(2, Amounts.tidy(limit).scale())).toPlainString());
        }
    }

    static SalesBand band(BigDecimal lastYearSales) {
        if (lastYearSales.compareTo(FIFTY_MILLION) <= 0) {
            return SalesBand.LE_50M;
        }
        return lastYearSales.compareTo(TWO_HUNDRED_MILLION) <= 0 ? SalesBand.GT_50M_LE_200M : SalesBand.GT_200M;
    }

    static BigDecimal threshold(SalesBand band) {
        return switch (band) {
            case LE_50M -> LOW_BAND;
            case GT_50M_LE_200M -> MIDDLE_BAND;
            case GT_200M -> HIGH_BAND;
        };
    }

    RdIntensity check(RdWindow window) {
        BigDecimal lastYearSales = window.lastSales();
        SalesBand band = band(lastYearSales);
        BigDecimal threshold = threshold(band);
        Fraction ratio = Fraction.of(window.rdTotal(), window.salesTotal()).tidy();
        return new RdIntensity(ratio.numerator(), ratio.denominator(),
                Amounts.tidy(lastYearSales), band, threshold, ratio.exact(), ratio.value4dp(),
                shares.meets(ratio, threshold), ratio.shortfall4dp(threshold));
    }

    /** Whether counted R&D without the other-cost cap would have passed; null when the cap took nothing. */
    RdWithoutCapInfo withoutCap(RdWindow window) {
        if (nothingCapped(window.counted())) {
            // the usual case, told by comparing: no differences to build and sum
            return null;
        }
        BigDecimal excluded = Amounts.sum(window.counted(), rd -> rd.otherActual().subtract(rd.otherCounted()));
        if (excluded.signum() == 0) {
            return null;
        }
        BigDecimal uncapped = window.rdTotal().add(excluded);
        Fraction ratio = Fraction.of(uncapped, window.salesTotal());
        BigDecimal perYear = Fraction.of(excluded, BigDecimal.valueOf(window.years().size())).rounded(2);
        return new RdWithoutCapInfo(Amounts.tidy(uncapped), ratio.value4dp(),
                shares.meets(ratio, threshold(band(window.lastSales()))), perYear);
    }

    private static boolean nothingCapped(List<CountedRd> counted) {
        for (int i = 0; i < counted.size(); i++) {
            if (counted.get(i).otherActual().compareTo(counted.get(i).otherCounted()) != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The R&D intensity next year must reach so that the window then (the last two considered years and next
     * year) meets the threshold, sales flat and in the same band:
     * r = (t × (S(Y−2) + S(Y−1) + S_next) − RD(Y−2) − RD(Y−1)) / S_next with S_next = S(Y−1).
     */
    RdCatchUp catchUp(RdWindow window, RdIntensity now) {
        BigDecimal threshold = now.threshold();
        List<FiscalYear> years = window.years();
        int from = Math.max(0, years.size() - 2);
        BigDecimal nextSales = window.lastSales();
        BigDecimal sales = nextSales;
        BigDecimal rd = BigDecimal.ZERO;
        for (int i = from; i < years.size(); i++) {
            sales = sales.add(window.sales().get(i));
            rd = rd.add(window.counted().get(i).rdCounted());
        }
        Fraction required = Fraction.of(threshold.multiply(sales).subtract(rd), nextSales);
        CatchUpLimit limit = catchUpLimits.get(now.band());
        boolean slight = required.defined() && required.compareTo(limit.value()) <= 0;
        return new RdCatchUp(slight, required.value4dp(), required.exact(), limit.text());
    }
}
