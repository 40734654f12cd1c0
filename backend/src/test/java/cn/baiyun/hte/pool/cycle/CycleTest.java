package cn.baiyun.hte.pool.cycle;

import java.time.Instant;
import java.time.LocalDate;

import cn.baiyun.hte.pool.cycle.Cycle.Deadline;
import cn.baiyun.hte.pool.cycle.Cycle.Deadline.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CycleTest {

    final Cycle cycle = Cycle.open(2026, CycleDates.defaultsFor(2026), Instant.EPOCH);

    @Test
    void warnsFourteenDaysBeforeADeadlineAndOnItsDay() {
        assertThat(cycle.deadlineWarnings(LocalDate.of(2026, 2, 28))).isEmpty();
        assertThat(cycle.deadlineWarnings(LocalDate.of(2026, 3, 1)))
                .containsExactly(new Deadline(Kind.FILING, LocalDate.of(2026, 3, 15), false));
        assertThat(cycle.deadlineWarnings(LocalDate.of(2026, 4, 15))).isEmpty();
        assertThat(cycle.deadlineWarnings(LocalDate.of(2026, 4, 16)))
                .containsExactly(new Deadline(Kind.ADJUSTMENT, LocalDate.of(2026, 4, 30), false));
        assertThat(cycle.deadlineWarnings(LocalDate.of(2026, 4, 30)))
                .containsExactly(new Deadline(Kind.ADJUSTMENT, LocalDate.of(2026, 4, 30), false));
    }

    @Test
    void aPassedDeadlineWarnsUntilItsStepIsDoneAndTheFilingCloseIsOnlyAnnounced() {
        assertThat(cycle.deadlineWarnings(LocalDate.of(2026, 5, 11))).containsExactly(
                new Deadline(Kind.ADJUSTMENT, LocalDate.of(2026, 4, 30), true),
                new Deadline(Kind.RECOMMENDATION, LocalDate.of(2026, 5, 25), false));
        assertThat(cycle.deadlineWarnings(LocalDate.of(2026, 12, 7))).extracting(Deadline::kind, Deadline::passed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.ADJUSTMENT, true),
                        org.assertj.core.groups.Tuple.tuple(Kind.RECOMMENDATION, true));

        Cycle recommended = cycle.recommended(LocalDate.of(2026, 5, 20), Instant.EPOCH);
        assertThat(recommended.deadlineWarnings(LocalDate.of(2026, 5, 20))).isEmpty();
        assertThat(recommended.deadlineWarnings(LocalDate.of(2026, 12, 7))).isEmpty();
    }
}
