package cn.baiyun.hte.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Total and S&T staff as the whole heads the tech-based SME evaluation counts (115号 第九条), from the annual
 * monthly averages the HTE filing holds: each average rounded half up. The 115号 counts staff who worked at
 * least six months of the year, the HTE rule 183 days, so the figures are close but not the same.
 */
public record StaffHeads(int total, int st) {

    public static StaffHeads of(StaffLastFiscalYear staff) {
        StaffAverages averages = StaffAverages.of(staff);
        return new StaffHeads(heads(averages.totalAverage()), heads(averages.stAverage()));
    }

    private static int heads(BigDecimal average) {
        return average.setScale(0, RoundingMode.HALF_UP).intValueExact();
    }
}
