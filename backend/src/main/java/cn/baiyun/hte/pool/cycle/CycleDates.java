package cn.baiyun.hte.pool.cycle;

import java.time.LocalDate;

/**
 * The dates of a cycle, as a reviewer sets them.
 *
 * @param assessmentDate         the date the rules are applied on (age test, incident window)
 * @param adjustmentDeadline     the pool is settled by then (the Baiyun plan: end of April)
 * @param recommendationDeadline tier 1 goes to the province by then (the Baiyun plan: 25 May)
 */
public record CycleDates(LocalDate assessmentDate, LocalDate filingOpens, LocalDate filingCloses,
                         LocalDate adjustmentDeadline, LocalDate recommendationDeadline) {

    /** The plan's deadlines of a year, with filing open from January until two weeks before assessing. */
    public static CycleDates defaultsFor(int year) {
        return new CycleDates(LocalDate.of(year, 4, 1), LocalDate.of(year, 1, 1), LocalDate.of(year, 3, 15),
                LocalDate.of(year, 4, 30), LocalDate.of(year, 5, 25));
    }
}
