package cn.baiyun.hte.dashboard;

import java.time.LocalDate;
import java.util.List;

import cn.baiyun.hte.chain.ChainBreakdown;
import cn.baiyun.hte.enterprise.FirmFigures;
import cn.baiyun.hte.referral.DepartmentCount;
import cn.baiyun.hte.subsidy.SubsidyOutlook;

/**
 * Everything the dashboard shows on a day (Asia/Shanghai), for its page, its API and its workbook. The
 * {@code full} dashboard is the reviewers'; department officers and integration clients get the same figures
 * without anything that names a firm or a department's outcome: {@code expiringFirms} and {@code departments}
 * are then empty.
 *
 * @param year          the current cycle's year (the day's year)
 * @param targets       the targets that apply to the year; null before the plan's first year
 * @param progress      each target against the actual and the outlook; empty without targets
 * @param standing      the actual counts behind the targets
 * @param expiring      certificates ending this year and next
 * @param expiringFirms reviewers: the firms of {@code expiring}, this year's first, at most {@value #LISTED} a year
 * @param chains        firms, HTEs and the plan's flags by industry chain and cluster (the chain feature's; firm ids
 *                      for reviewers only)
 * @param subsidies     the year's subsidies committed and expected under the schedule (the subsidy feature's)
 */
public record Dashboard(LocalDate date, int year, boolean full, Targets targets, List<TargetProgress> progress,
                        FirmFigures.Standing standing, List<FirmFigures.Expiring> expiring,
                        List<ExpiringFirm> expiringFirms, List<FunnelStage> funnel,
                        List<CohortConversion> conversions, List<CycleTiers> cycles, List<FieldTiers> fields,
                        List<FirmFigures.SizeCount> sizes, List<DepartmentCount> departments, List<TrendYear> trend,
                        ChainBreakdown chains, SubsidyOutlook subsidies) {

    /** Firms listed per year of expiry on the dashboard; the drill-down lists them all. */
    public static final int LISTED = 50;

    /** The current cycle's tiers, or none when the year has no cycle. */
    public CycleTiers currentCycle() {
        return cycles.stream().filter(c -> c.year() == year).findFirst().orElse(null);
    }
}
