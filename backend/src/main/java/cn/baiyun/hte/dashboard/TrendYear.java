package cn.baiyun.hte.dashboard;

/**
 * One year of the trend: HTEs holding a valid certificate at the year's end (on the dashboard's day for the
 * current year), certificates issued in the year, and the year's cycle by tier.
 */
public record TrendYear(int year, long validHte, long issued, long tier1, long tier2, long tier3) {
}
