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
}
