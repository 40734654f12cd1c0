package cn.baiyun.hte.home;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.baiyun.hte.filing.Filing;
import cn.baiyun.hte.filing.FilingStatus;
import cn.baiyun.hte.home.FirmNextSteps.Step;
import cn.baiyun.hte.pool.PoolOverview.FilingWindow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The steps a firm is shown, from its filings, this year's filing window and its unread feedback. */
class FirmNextStepsTest {

    static final Optional<FilingWindow> OPEN_2026 = Optional.of(new FilingWindow(2026, 2025, LocalDate.of(2026, 3, 15)));

    @Test
    void anOpenWindowAsksForTheYearsFilingUntilItIsSubmitted() {
        assertThat(FirmNextSteps.steps("f", List.of(), OPEN_2026, Optional.empty())).containsExactly(
                new Step("filing-window", List.of(2025, LocalDate.of(2026, 3, 15)), "/firms/f/filings"));
        assertThat(FirmNextSteps.steps("f", List.of(filing(2025, FilingStatus.DRAFT)), OPEN_2026, Optional.empty()))
                .containsExactly(new Step("filing-window", List.of(2025, LocalDate.of(2026, 3, 15)),
                        "/firms/f/filings/2025"));
        assertThat(FirmNextSteps.steps("f", List.of(filing(2025, FilingStatus.SUBMITTED)), OPEN_2026, Optional.empty()))
                .isEmpty();
        assertThat(FirmNextSteps.steps("f", List.of(), Optional.empty(), Optional.empty())).isEmpty();
    }

    @Test
    void aReturnedFilingAndUnreadFeedbackAreStepsOfTheirOwn() {
        assertThat(FirmNextSteps.steps("f", List.of(filing(2025, FilingStatus.RETURNED),
                filing(2024, FilingStatus.ACCEPTED)), OPEN_2026, Optional.of(2026))).containsExactly(
                new Step("returned", List.of(2025), "/firms/f/filings/2025"),
                new Step("feedback", List.of(2026), "/firms/f/feedback/2026"));
    }

    /** Only the year and the status matter here (a mock keeps the test apart from the filing's other fields). */
    private static Filing filing(int year, FilingStatus status) {
        Filing filing = mock(Filing.class);
        when(filing.fiscalYear()).thenReturn(year);
        when(filing.status()).thenReturn(status);
        return filing;
    }
}
