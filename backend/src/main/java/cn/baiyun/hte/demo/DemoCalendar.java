package cn.baiyun.hte.demo;

import java.time.Clock;
import java.time.LocalDate;

import cn.baiyun.hte.platform.time.ClockConfiguration;
import cn.baiyun.hte.pool.cycle.CycleDates;

/**
 * The demo's years, counted from today in Asia/Shanghai so the demo reads the same whenever it is seeded:
 * the coming cycle is the one whose deadlines (settled by 30 April, recommended by 25 May) are still ahead,
 * and the cycle before it is complete and recommended. Filings cover fiscal years that have ended, so the
 * coming cycle can be assessed only once its last fiscal year has ended (from January to April).
 *
 * @param today the day the demo is seeded
 */
record DemoCalendar(LocalDate today) {

    /** The day of the previous cycle's recommendation, unless today is earlier. */
    private static final int RECOMMENDED_MONTH = 5;
    private static final int RECOMMENDED_DAY = 20;

    static DemoCalendar of(Clock clock) {
        return new DemoCalendar(LocalDate.now(clock.withZone(ClockConfiguration.ZONE)));
    }

    /** This year's cycle until its pool is settled (30 April), next year's after. */
    int comingCycle() {
        int year = today.getYear();
        return today.isAfter(CycleDates.defaultsFor(year).adjustmentDeadline()) ? year + 1 : year;
    }

    int previousCycle() {
        return comingCycle() - 1;
    }

    /** The latest fiscal year a firm can file. */
    int lastEndedFiscalYear() {
        return today.getYear() - 1;
    }

    /** Whether the fiscal year before the cycle has ended, so that firms can have filed it. */
    boolean canAssess(int cycleYear) {
        return cycleYear - 1 <= lastEndedFiscalYear();
    }

    /** The fiscal years the demo firms file: the previous cycle's three and, once it has ended, the coming one's last. */
    int firstFiledYear() {
        return previousCycle() - 3;
    }

    int lastFiledYear() {
        return Math.min(comingCycle() - 1, lastEndedFiscalYear());
    }

    /** The previous cycle went to the province on 20 May, within its 25 May deadline (today at the latest). */
    LocalDate previousRecommendedOn() {
        LocalDate planned = LocalDate.of(previousCycle(), RECOMMENDED_MONTH, RECOMMENDED_DAY);
        return planned.isAfter(today) ? today : planned;
    }
}
