package cn.baiyun.hte.platform.audit;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A feature's recorded constants shown by their names, for its own subjects and fields only. */
class CodeNameFormatTest {

    private final CodeNameFormat format = new CodeNameFormat(messages(), "relocation",
            Map.of("hteAtArrival", "relocation.hte."));

    private static StaticMessageSource messages() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("relocation.hte.CERTIFIED", Locale.SIMPLIFIED_CHINESE, "已认定高企");
        messages.addMessage("relocation.hte.CERTIFIED", Locale.ENGLISH, "Certified HTE");
        return messages;
    }

    @Test
    void readsOnlyItsSubject() {
        assertThat(format.reads("relocation")).isTrue();
        assertThat(format.reads("subsidy-rate")).isFalse();
    }

    @Test
    void namesANamedFieldsConstantInTheReadersLanguage() {
        assertThat(format.text("hteAtArrival", "CERTIFIED", Locale.SIMPLIFIED_CHINESE)).contains("已认定高企");
        assertThat(format.text("hteAtArrival", "CERTIFIED", Locale.ENGLISH)).contains("Certified HTE");
    }

    @Test
    void leavesOtherFieldsAndUnknownConstantsAsRecorded() {
        assertThat(format.text("origin", "CERTIFIED", Locale.ENGLISH)).isEmpty();
        assertThat(format.text("hteAtArrival", "MAYBE", Locale.ENGLISH)).isEmpty();
    }
}
