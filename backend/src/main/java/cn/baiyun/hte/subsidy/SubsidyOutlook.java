package cn.baiyun.hte.subsidy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A year's subsidies as of a day: each event's figures (every event, in order, scheduled or not) and their
 * totals in yuan.
 */
public record SubsidyOutlook(int year, LocalDate asOf, List<EventOutlook> events, BigDecimal committed,
                             BigDecimal expected) {

    public SubsidyOutlook {
        events = List.copyOf(events);
    }

    static SubsidyOutlook of(int year, LocalDate asOf, List<EventOutlook> events) {
        return new SubsidyOutlook(year, asOf, events,
                events.stream().map(EventOutlook::committedAmount).reduce(BigDecimal.ZERO, BigDecimal::add),
                events.stream().map(EventOutlook::expectedAmount).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
