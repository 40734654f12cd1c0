package cn.baiyun.hte.pool.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import cn.baiyun.hte.platform.events.WithOutbox;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One year's cultivation cycle: its dates and how far it has come.
 *
 * @param recommendedOn the day tier 1 was last marked as recommended to the province; null before
 */
@Document("cycles")
@WithOutbox
public record Cycle(@Id String id, @Indexed(unique = true) int year, CycleDates dates, CycleStatus status,
                    CycleRun run, LocalDate recommendedOn, Instant createdAt, Instant updatedAt,
                    @Version Long version) {

    /** A deadline closer than this is shown as a warning on the board. */
    static final int WARNING_DAYS = 14;

    static Cycle open(int year, CycleDates dates, Instant now) {
        return new Cycle(null, year, dates, CycleStatus.OPEN, null, null, now, now, null);
    }

    Cycle withDates(CycleDates newDates, Instant now) {
        return new Cycle(id, year, newDates, status, run, recommendedOn, createdAt, now, version);
    }

    Cycle recommended(LocalDate date, Instant now) {
        return new Cycle(id, year, dates, CycleStatus.RECOMMENDED, run, date, createdAt, now, version);
    }

    /** The next deadline still ahead within {@link #WARNING_DAYS} days of {@code today}, if any. */
    public Optional<Deadline> deadlineWarning(LocalDate today) {
        return List.of(new Deadline(Deadline.Kind.ADJUSTMENT, dates.adjustmentDeadline()),
                        new Deadline(Deadline.Kind.RECOMMENDATION, dates.recommendationDeadline())).stream()
                .filter(deadline -> !deadline.date().isBefore(today)
                        && ChronoUnit.DAYS.between(today, deadline.date()) <= WARNING_DAYS)
                .findFirst();
    }

    public record Deadline(Kind kind, LocalDate date) {

        public enum Kind { ADJUSTMENT, RECOMMENDATION }
    }
}
