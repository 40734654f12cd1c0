package cn.baiyun.hte.dashboard;

import java.util.function.ToLongFunction;

import cn.baiyun.hte.referral.DepartmentCount;

/**
 * The figures of the dashboard's table by referring department, in order: each is one of the department's count
 * and leads (reviewers only) to the firms that count puts in it.
 */
public enum DepartmentColumn {
    REFERRED(DepartmentCount::referred, "dashboard.departments.referred"),
    IN_POOL(DepartmentCount::inPool, "dashboard.departments.in-pool"),
    TIER_1(DepartmentCount::tier1, "dashboard.tier.TIER_1"),
    TIER_2(DepartmentCount::tier2, "dashboard.tier.TIER_2"),
    TIER_3(DepartmentCount::tier3, "dashboard.tier.TIER_3"),
    RECOGNISED(DepartmentCount::recognised, "dashboard.departments.recognised");

    private final ToLongFunction<DepartmentCount> figure;
    private final String heading;

    DepartmentColumn(ToLongFunction<DepartmentCount> figure, String heading) {
        this.figure = figure;
        this.heading = heading;
    }

    /** The column's figure in a department's count, which also picks the firms behind it. */
    ToLongFunction<DepartmentCount> figure() {
        return figure;
    }

    /** The message key of the column's heading. */
    String heading() {
        return heading;
    }
}
