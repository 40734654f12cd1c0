package cn.baiyun.hte.subsidy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The schedule's arithmetic: firms × amount per firm, the committed first within the cap, then the expected. */
class EventOutlookTest {

    @Test
    void withoutACapTheAmountsAreFirmsTimesTheAmountPerFirm() {
        EventOutlook outlook = EventOutlook.of(SubsidyEvent.FIRST_RECOGNITION, rate("200000.00", null),
                new Counted(3, 4));

        assertThat(outlook.committedAmount()).isEqualByComparingTo("600000");
        assertThat(outlook.expectedAmount()).isEqualByComparingTo("800000");
    }

    @Test
    void theCapLimitsTheCommittedAmountFirstAndTheExpectedGetsWhatIsLeft() {
        EventOutlook outlook = EventOutlook.of(SubsidyEvent.POOL_ENTRY, rate("50000", "180000"), new Counted(3, 2));

        assertThat(outlook.committedAmount()).isEqualByComparingTo("150000");
        assertThat(outlook.expectedAmount()).isEqualByComparingTo("30000");
        EventOutlook over = EventOutlook.of(SubsidyEvent.POOL_ENTRY, rate("50000", "100000"), new Counted(3, 2));
        assertThat(over.committedAmount()).isEqualByComparingTo("100000");
        assertThat(over.expectedAmount()).isEqualByComparingTo("0");
    }

    @Test
    void anEventWithoutARowCountsItsFirmsButCostsNothing() {
        EventOutlook outlook = EventOutlook.of(SubsidyEvent.RELOCATION, null, new Counted(1, 2));

        assertThat(outlook.committedFirms()).isEqualTo(1);
        assertThat(outlook.expectedFirms()).isEqualTo(2);
        assertThat(outlook.committedAmount()).isZero();
        assertThat(outlook.expectedAmount()).isZero();
    }

    private static SubsidyRate rate(String amount, String cap) {
        return new SubsidyRate("r", 2026, SubsidyEvent.FIRST_RECOGNITION, new BigDecimal(amount),
                cap == null ? null : new BigDecimal(cap), "白云区科技创新后补助实施细则", null, 0L);
    }
}
