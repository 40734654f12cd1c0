package cn.baiyun.hte.assessment;

import java.math.BigDecimal;

/**
 * One fiscal year's R&D as the recognition rules count it (hte-rules.md §3.2): outsourced R&D at 80%,
 * other costs capped, and the domestic part for the 60% test. Every figure is exact.
 */
public record CountedRd(BigDecimal internalNonOther, BigDecimal outsourcedCounted, BigDecimal otherActual,
                        BigDecimal otherCap, BigDecimal otherCounted, BigDecimal rdCounted,
                        BigDecimal domesticCounted) {
}
