/**
 * The programme dashboard (issue 15): the Baiyun plan's three targets per year (set by reviewers, audited through
 * {@link cn.baiyun.hte.dashboard.TargetsChanged}; the plan's 2025 goal is the seed, {@code PlanTargets}) against the
 * actuals on a day, the outlook from the current cycle's decided tiers, the funnel by lifecycle stage with its
 * conversions, tiers per cycle, by technical field and above-size flag, the departments' referrals, and the trend
 * by year; as a page with charts and tables, an API and a workbook, and the firm list behind each number for
 * reviewers. It counts nothing itself: the firm and pool features count in the database
 * ({@link cn.baiyun.hte.enterprise.FirmFigures}, {@link cn.baiyun.hte.pool.TierFigures}) and the referral feature
 * per department; the chain and subsidy features give their panels ({@link cn.baiyun.hte.chain.ChainBreakdowns},
 * {@link cn.baiyun.hte.subsidy.SubsidyOutlooks}). Department officers and clients with {@code dashboard:read} read the figures without firm lists;
 * firm users nothing. It depends on {@code enterprise}, {@code pool}, {@code referral}, {@code chain}, {@code subsidy},
 * {@code assessment} (the tier names) and {@code platform}; nothing depends on it.
 */
package cn.baiyun.hte.dashboard;
