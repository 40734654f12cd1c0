package cn.baiyun.hte.assessment;

/** How the last year's staff figures are given: as annual monthly averages, or as monthly head counts. */
public enum StaffMethod implements Coded {
    ANNUAL_MONTHLY_AVERAGE,
    MONTHLY_COUNTS
}
