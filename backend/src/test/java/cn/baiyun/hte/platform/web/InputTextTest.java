package cn.baiyun.hte.platform.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one rule of which characters outside text may hold. */
class InputTextTest {

    @Test
    void textPeopleTypeIsAcceptedInEveryScript() {
        for (String text : new String[] {"", "贵阳白云科技有限公司", "O'Brien & Söhne GmbH", "emoji 😀 (a surrogate pair)",
                "ＡＢＣ　全角", "Ελληνικά", "\u00A0no-break space", "\uFFFD replacement character"}) {
            assertThat(InputText.acceptable(text)).as(text).isTrue();
            assertThat(InputText.acceptableLine(text)).as(text).isTrue();
            assertThat(InputText.neutralized(text)).isSameAs(text);
        }
    }

    @Test
    void tabAndLineBreaksAreTextOnlyWhereTextHasLines() {
        assertThat(InputText.acceptable("第一行\r\n第二行\t缩进")).isTrue();
        assertThat(InputText.acceptableLine("第一行\r\n第二行")).isFalse();
        assertThat(InputText.acceptableLine("a\tb")).isFalse();
    }

    @Test
    void controlCharactersNoncharactersAndLoneSurrogatesAreRefused() {
        for (char c : new char[] {'\u0000', '\u0001', '\u0008', '\u000B', '\u000C', '\u001B', '\u001F', '\u007F',
                '\u0080', '\u0085', '\u009F', '\uFFFE', '\uFFFF', '\uD800', '\uDBFF', '\uDC00', '\uDFFF'}) {
            String text = "公司" + c + "名";
            assertThat(InputText.acceptable(text)).as("U+%04X", (int) c).isFalse();
            assertThat(InputText.acceptableLine(text)).as("U+%04X", (int) c).isFalse();
            assertThat(InputText.neutralized(text)).isEqualTo("公司\uFFFD名");
        }
        assertThat(InputText.acceptable("\uDC00\uD800")).as("a pair in the wrong order").isFalse();
        assertThat(InputText.acceptable("end\uD83D")).as("a high surrogate at the end").isFalse();
    }
}
