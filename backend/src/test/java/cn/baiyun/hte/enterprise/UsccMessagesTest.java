package cn.baiyun.hte.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The {@code uscc.*} problems render in both message bundles (UTF-8, MessageFormat). */
class UsccMessagesTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Test
    void bundlesHaveIdenticalKeysIncludingAllProblemKinds() throws IOException {
        Properties zh = load("messages_zh_CN.properties");
        Properties en = load("messages_en.properties");

        assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        assertThat(zh.stringPropertyNames()).containsAll(
                Arrays.stream(UsccProblem.Kind.values()).map(UsccProblem.Kind::messageKey).toList());
    }

    @Test
    void rendersEveryProblemKindInChinese() throws IOException {
        Properties zh = load("messages_zh_CN.properties");

        assertThat(render(zh, ZH, null)).isEqualTo("请填写统一社会信用代码");
        assertThat(render(zh, ZH, "91350100M000100Y4")).isEqualTo("统一社会信用代码应为18位，当前为17位");
        assertThat(render(zh, ZH, "91350100MO00100Y43"))
                .startsWith("统一社会信用代码第10位的字符“O”不符合规范").contains("I、O、S、V、Z");
        assertThat(render(zh, ZH, "91350100M000100Y44"))
                .isEqualTo("统一社会信用代码校验未通过：第18位校验码应为“3”，当前为“4”，请核对代码是否填写有误");
    }

    @Test
    void rendersEveryProblemKindInEnglish() throws IOException {
        Properties en = load("messages_en.properties");

        assertThat(render(en, Locale.ENGLISH, "")).isEqualTo("Please enter the unified social credit code.");
        // no digit grouping for long input
        assertThat(render(en, Locale.ENGLISH, "9".repeat(1200)))
                .isEqualTo("The unified social credit code must be 18 characters long; 1200 entered.");
        assertThat(render(en, Locale.ENGLISH, "91350100M000100Y4Z"))
                .startsWith("Character \"Z\" at position 18 is not allowed").contains("I, O, S, V and Z are never used");
        assertThat(render(en, Locale.ENGLISH, "91350100M000100Y44"))
                .startsWith("The check character (position 18) should be \"3\" but is \"4\".");
    }

    private static String render(Properties bundle, Locale locale, String input) {
        UsccProblem problem = UnifiedSocialCreditCode.parse(input).problemIfInvalid().orElseThrow();
        String pattern = bundle.getProperty(problem.messageKey());
        assertThat(pattern).as(problem.messageKey()).isNotBlank();
        return new MessageFormat(pattern, locale).format(problem.args());
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = UsccMessagesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
