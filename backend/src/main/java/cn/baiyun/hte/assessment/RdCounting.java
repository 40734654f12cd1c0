package cn.baiyun.hte.assessment;

import java.math.BigDecimal;

/**
 * Counts a year's R&D by hte-rules.md §3.2.
 * <pre>
 * outsourced_counted = 0.8 × (domestic + foreign outsourced, as incurred)
 * other_cap          = 20%/(1−20%) × (internal_non_other [+ outsourced_counted]) = 0.25 × base
 * other_counted      = min(other_actual, other_cap)
 * RD_counted         = internal_non_other + other_counted + outsourced_counted
 * domestic_counted   = internal_non_other + other_counted + 0.8 × domestic outsourced
 * </pre>
 * The cap is 25% of the base so that, at the cap, other costs are exactly 20% of the counted total,
 * which includes them ("一般不得超过研究开发总费用的20%").
 */
public final class RdCounting {

    static final BigDecimal OUTSOURCED_SHARE = new BigDecimal("0.8");
    static final BigDecimal OTHER_CAP_OF_BASE = new BigDecimal("0.25");
    private static final int WHOLE_YUAN_DIGITS = 14;
    private static final long[] TEN_POWERS = {1, 10, 100, 1000};

    private final boolean capBaseIncludesOutsourcedCounted;

    /**
     * @param capBaseIncludesOutsourcedCounted rule-set key {@code other_cost_cap_base_includes_outsourced_counted}:
     *        whether outsourced R&D (as counted) is part of the base of the 20% cap; the project's default is true
     */
    public RdCounting(boolean capBaseIncludesOutsourcedCounted) {
        this.capBaseIncludesOutsourcedCounted = capBaseIncludesOutsourcedCounted;
    }

    /** The project's default rule (hte-rules.md §7.4). */
    public static RdCounting byDefault() {
        return new RdCounting(true);
    }

    public CountedRd count(RdExpenses spend) {
        CountedRd inWholeYuan = countWholeYuan(spend);
        return inWholeYuan != null ? inWholeYuan : countDecimals(spend);
    }

    /** The counting above in BigDecimal arithmetic: any amounts. */
    CountedRd countDecimals(RdExpenses spend) {
        BigDecimal internalNonOther = spend.internalNonOther();
        BigDecimal outsourcedCounted = OUTSOURCED_SHARE.multiply(
                spend.outsourcedDomesticActual().add(spend.outsourcedForeignActual()));
        BigDecimal capBase = capBaseIncludesOutsourcedCounted ? internalNonOther.add(outsourcedCounted) : internalNonOther;
        BigDecimal otherCap = OTHER_CAP_OF_BASE.multiply(capBase);
        BigDecimal otherCounted = spend.other().min(otherCap);
        BigDecimal rdCounted = internalNonOther.add(otherCounted).add(outsourcedCounted);
        BigDecimal domesticCounted = internalNonOther.add(otherCounted)
                .add(OUTSOURCED_SHARE.multiply(spend.outsourcedDomesticActual()));
        return new CountedRd(internalNonOther, outsourcedCounted, spend.other(), otherCap, otherCounted, rdCounted,
                domesticCounted);
    }

    /**
     * The same counting on longs when every amount is whole yuan under 10^14, as any real firm's are: a dozen
     * intermediate BigDecimals a year were a sixth of an assessment's allocation. Each figure is built with the
     * scale BigDecimal arithmetic gives it (× 0.8 adds one decimal, × 0.25 two, a sum takes the larger scale), so
     * both ways give equal results, scales included; with amounts under 10^14 no step overflows.
     *
     * @return null when some amount is not whole yuan under 10^14
     */
    CountedRd countWholeYuan(RdExpenses spend) {
        if (!wholeYuan(spend.personnel()) || !wholeYuan(spend.directInput())
                || !wholeYuan(spend.depreciationAndLongTermPrepaid()) || !wholeYuan(spend.intangibleAmortization())
                || !wholeYuan(spend.design()) || !wholeYuan(spend.equipmentDebuggingAndTrial())
                || !wholeYuan(spend.other()) || !wholeYuan(spend.outsourcedDomesticActual())
                || !wholeYuan(spend.outsourcedForeignActual())) {
            return null;
        }
        long internalNonOther = spend.personnel().longValue() + spend.directInput().longValue()
                + spend.depreciationAndLongTermPrepaid().longValue() + spend.intangibleAmortization().longValue()
                + spend.design().longValue() + spend.equipmentDebuggingAndTrial().longValue();
        long domesticTenths = 8 * spend.outsourcedDomesticActual().longValue();
        long outsourcedTenths = domesticTenths + 8 * spend.outsourcedForeignActual().longValue();
        long otherCapUnscaled = 25 * (capBaseIncludesOutsourcedCounted ? 10 * internalNonOther + outsourcedTenths : internalNonOther);
        BigDecimal otherCap = BigDecimal.valueOf(otherCapUnscaled, capBaseIncludesOutsourcedCounted ? 3 : 2);
        // as BigDecimal.min: the other costs themselves unless they exceed the cap
        boolean capped = spend.other().compareTo(otherCap) > 0;
        BigDecimal otherCounted = capped ? otherCap : spend.other();
        long otherCountedUnscaled = capped ? otherCapUnscaled : spend.other().longValue();
        // the counted totals take the larger scale of other costs (0 or the cap's) and outsourced R&D (1)
        int scale = Math.max(otherCounted.scale(), 1);
        long countedBase = internalNonOther * TEN_POWERS[scale] + otherCountedUnscaled * TEN_POWERS[scale - otherCounted.scale()];
        long tenthsFactor = TEN_POWERS[scale - 1];
        return new CountedRd(BigDecimal.valueOf(internalNonOther), BigDecimal.valueOf(outsourcedTenths, 1), spend.other(),
                otherCap, otherCounted, BigDecimal.valueOf(countedBase + outsourcedTenths * tenthsFactor, scale),
                BigDecimal.valueOf(countedBase + domesticTenths * tenthsFactor, scale));
    }

    private static boolean wholeYuan(BigDecimal amount) {
        return amount.scale() == 0 && amount.precision() <= WHOLE_YUAN_DIGITS;
    }
}
