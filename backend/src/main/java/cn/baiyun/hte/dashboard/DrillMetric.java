package cn.baiyun.hte.dashboard;

/**
 * Which number of the dashboard a firm list stands behind. Those counted on a day take the dashboard's day;
 * {@link #EXPIRING} a year; {@link #STAGE} a lifecycle stage; {@link #TIER} a cycle year, a tier and optionally a
 * technical field; {@link #DEPARTMENT} a referring department; {@link #CHAIN} and {@link #CLUSTER} a line of the
 * breakdown by industry chain or cluster and one of its columns.
 */
public enum DrillMetric {
    HTE, HTE_ABOVE_SIZE, SPECIALISED, SPECIALISED_HTE, EXPIRING, STAGE, ABOVE_SIZE, NOT_ABOVE_SIZE, TIER, DEPARTMENT,
    CHAIN, CLUSTER;

    public String key() {
        return "dashboard.drill." + name();
    }
}
