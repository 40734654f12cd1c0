package cn.baiyun.hte.assessment;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RdCountingTest {

    @Test
    void atTheCapOtherCostsAreExactlyOneFifthOfTheCountedTotal() {
        CountedRd counted = RdCounting.byDefault().count(spend("800000", "200000", "0", "0"));

        assertThat(counted.otherCounted()).isEqualByComparingTo("200000");
        assertThat(counted.otherCounted().divide(counted.rdCounted())).isEqualByComparingTo("0.2");
    }

    @Test
    void outsourcedRdCountsAtEightyPercentAndOnlyTheDomesticPartIsDomestic() {
        CountedRd counted = RdCounting.byDefault().count(spend("600000", "0", "100000", "50000"));

        assertThat(counted.outsourcedCounted()).isEqualByComparingTo("120000");
        assertThat(counted.rdCounted()).isEqualByComparingTo("720000");
        assertThat(counted.domesticCounted()).isEqualByComparingTo("680000");
    }

    @Test
    void capBaseCanLeaveOutsourcedRdOutWhenTheRuleSetSaysSo() {
        RdExpenses spend = spend("400000", "200000", "400000", "0");

        assertThat(RdCounting.byDefault().count(spend).otherCap()).isEqualByComparingTo("180000");
        assertThat(new RdCounting(false).count(spend).otherCap()).isEqualByComparingTo("100000");
    }

    @Test
    void amountsInFenStayExact() {
        CountedRd counted = RdCounting.byDefault().count(spend("1000.01", "0", "0.03", "0"));

        assertThat(counted.outsourcedCounted()).isEqualByComparingTo("0.024");
        assertThat(counted.rdCounted()).isEqualByComparingTo("1000.034");
    }

    private static RdExpenses spend(String personnel, String other, String outsourcedDomestic, String outsourcedForeign) {
        BigDecimal zero = BigDecimal.ZERO;
        return new RdExpenses(new BigDecimal(personnel), zero, zero, zero, zero, zero, new BigDecimal(other),
                new BigDecimal(outsourcedDomestic), new BigDecimal(outsourcedForeign));
    }
}
