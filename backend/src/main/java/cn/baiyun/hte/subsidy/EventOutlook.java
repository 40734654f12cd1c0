package cn.baiyun.hte.subsidy;

import java.math.BigDecimal;

/**
 * One event's figures in a year: the firms counted and the yuan they mean under the schedule's row.
 *
 * @param rate             the schedule's row; null when the year has none for the event (amounts are then zero)
 * @param committedFirms   firms the event happened to in the year up to today ({@link EventCounts} says how each
 *                         event is counted)
 * @param committedAmount  their subsidy: firms × amount, at most the row's cap
 * @param expectedFirms    firms the event is expected for from tomorrow to the year's end; none once it ended
 * @param expectedAmount   their subsidy: firms × amount, at most what the cap leaves after the committed amount
 */
public record EventOutlook(SubsidyEvent event, SubsidyRate rate, long committedFirms, BigDecimal committedAmount,
                           long expectedFirms, BigDecimal expectedAmount) {

    static EventOutlook of(SubsidyEvent event, SubsidyRate rate, Counted counted) {
        if (rate == null) {
            return new EventOutlook(event, null, counted.committed(), BigDecimal.ZERO, counted.expected(),
                    BigDecimal.ZERO);
        }
        BigDecimal committed = capped(rate.amount().multiply(BigDecimal.valueOf(counted.committed())), rate.cap());
        BigDecimal left = rate.cap() == null ? null : rate.cap().subtract(committed);
        BigDecimal expected = capped(rate.amount().multiply(BigDecimal.valueOf(counted.expected())), left);
        return new EventOutlook(event, rate, counted.committed(), committed, counted.expected(), expected);
    }

    private static BigDecimal capped(BigDecimal amount, BigDecimal cap) {
        return cap == null ? amount : amount.min(cap.max(BigDecimal.ZERO));
    }
}
