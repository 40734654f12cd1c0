package cn.baiyun.hte.pool.cycle;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CycleTest {

    final Cycle cycle = Cycle.open(2026, CycleDates.defaultsFor(2026), Instant.EPOCH);

    @Test
    void warnsFourteenDaysBeforeADeadlineAndOnItsDay() {
        assertThat(cycle.deadlineWarning(LocalDate.of(2026, 4, 15))).isEmpty();
        assertThat(cycle.deadlineWarning(LocalDate.of(2026, 4, 16)))
                .contains(new Cycle.Deadline(Cycle.Deadline.Kind.ADJUSTMENT, LocalDate.of(2026, 4, 30)));
        assertThat(cycle.deadlineWarning(LocalDate.of(2026, 4, 30))).get()
                .extracting(Cycle.Deadline::kind).isEqualTo(Cycle.Deadline.Kind.ADJUSTMENT);
    }

    @Test
    void theRecommendationDeadlineFollowsOnceThePoolIsSettled() {
        assertThat(cycle.deadlineWarning(LocalDate.of(2026, 5, 10))).isEmpty();
        assertThat(cycle.deadlineWarning(LocalDate.of(2026, 5, 11)))
                .contains(new Cycle.Deadline(Cycle.Deadline.Kind.RECOMMENDATION, LocalDate.of(2026, 5, 25)));
        assertThat(cycle.deadlineWarning(LocalDate.of(2026, 5, 26))).isEmpty();
    }
}
