package cn.baiyun.hte.assessment;

import java.math.BigDecimal;

/**
 * What the R&D intensity would have been without the other-cost cap, to explain a fail caused by the cap.
 *
 * @param otherExcludedByCapCnyPerYear the other costs the cap left out, averaged over the considered years
 */
public record RdWithoutCapInfo(BigDecimal rdTotalUncappedCny, BigDecimal ratio4dp, boolean wouldPass,
                               BigDecimal otherExcludedByCapCnyPerYear) {
}
