package cn.baiyun.hte.pool.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;

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

    /**
     * The deadlines a reviewer should be warned of on {@code today}, in date order: those within
     * {@link #WARNING_DAYS} days, and those passed while their step is still not done (the pool not
     * settled, tier 1 not recommended). The filing window's close is only announced: firms file, not the
     * bureau.
     */
    public List<Deadline> deadlineWarnings(LocalDate today) {
        return Stream.of(Deadline.Kind.values())
                .map(kind -> new Deadline(kind, dateOf(kind), dateOf(kind).isBefore(today)))
                .filter(deadline -> !done(deadline.kind()) && (deadline.passed()
                        ? deadline.kind() != Deadline.Kind.FILING
                        : ChronoUnit.DAYS.between(today, deadline.date()) <= WARNING_DAYS))
                .toList();
    }

    private LocalDate dateOf(Deadline.Kind kind) {
        return switch (kind) {
            case FILING -> dates.filingCloses();
            case ADJUSTMENT -> dates.adjustmentDeadline();
            case RECOMMENDATION -> dates.recommendationDeadline();
        };
    }

    private boolean done(Deadline.Kind kind) {
        return switch (kind) {
            case FILING -> false;
            case ADJUSTMENT -> status == CycleStatus.SETTLED || status == CycleStatus.RECOMMENDED;
            case RECOMMENDATION -> status == CycleStatus.RECOMMENDED;
        };
    }

    /** A deadline of the cycle; {@code passed} when it lies before the day asked about. */
    public record Deadline(Kind kind, LocalDate date, boolean passed) {

        public enum Kind { FILING, ADJUSTMENT, RECOMMENDATION }
    }
}
