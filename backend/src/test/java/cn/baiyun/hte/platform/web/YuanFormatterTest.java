package cn.baiyun.hte.platform.web;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class YuanFormatterTest {

    private final YuanFormatter yuan = new YuanFormatter();
    private final WholeNumberFormatter whole = new WholeNumberFormatter();

    @Test
    void amountsAreReadExactlyWithOrWithoutSeparators() throws ParseException {
        for (String typed : new String[] {"38500000", "38,500,000", " 38 500 000 ", "３８，５００，０００", "38，500，000"}) {
            assertThat(yuan.parse(typed, Locale.ROOT)).as(typed).isEqualByComparingTo("38500000");
        }
        assertThat(yuan.parse("38,500,000.50", Locale.ROOT)).isEqualTo(new BigDecimal("38500000.50"));
        assertThat(yuan.parse("０.１", Locale.ROOT)).isEqualTo(new BigDecimal("0.1"));
        assertThat(yuan.parse("-1,234.5", Locale.ROOT)).isEqualTo(new BigDecimal("-1234.5"));
        assertThat(yuan.parse("0.30000000000000004", Locale.ROOT)).isEqualTo(new BigDecimal("0.30000000000000004"));
    }

    @Test
    void garbageIsRefusedSoThatTheFieldShowsItsMessage() {
        for (String typed : new String[] {"12万", "abc", "1.2.3", "1e5", ",", "--1", "¥100"}) {
            assertThatThrownBy(() -> yuan.parse(typed, Locale.ROOT)).as(typed).isInstanceOf(ParseException.class);
        }
    }

    @Test
    void amountsAreShownWithSeparatorsAndFenOnlyWhenThereAreAny() {
        assertThat(yuan.print(new BigDecimal("38500000"), Locale.ROOT)).isEqualTo("38,500,000");
        assertThat(yuan.print(new BigDecimal("38500000.00"), Locale.ROOT)).isEqualTo("38,500,000");
        assertThat(yuan.print(new BigDecimal("38500000.5"), Locale.ROOT)).isEqualTo("38,500,000.50");
    }

    @Test
    void countsAreReadTheSameWayButMustBeWholeAndAreShownPlain() throws ParseException {
        assertThat(whole.parse("1,200", Locale.ROOT)).isEqualTo(1200);
        assertThat(whole.parse("２０２５", Locale.ROOT)).isEqualTo(2025);
        assertThat(whole.print(2025, Locale.ROOT)).isEqualTo("2025");
        for (String typed : new String[] {"1.5", "abc", "12345678901"}) {
            assertThatThrownBy(() -> whole.parse(typed, Locale.ROOT)).as(typed).isInstanceOf(ParseException.class);
        }
    }
}
