package cn.baiyun.hte.platform.error;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** User input in a log line stays on that line, however it was spelled. */
@ExtendWith(OutputCaptureExtension.class)
class LogTextTest {

    @Test
    void lineBreaksControlCharactersAndBackslashesAreEscaped() {
        assertThat(LogText.of("企业\r\n2026-12-07 ERROR forged")).isEqualTo("企业\\r\\n2026-12-07 ERROR forged");
        assertThat(LogText.of("a\u0000b\u001B[31mc\u0085d\u2028e\tf")).isEqualTo("a\\u0000b\\u001b[31mc\\u0085d\\u2028e\\tf");
        assertThat(LogText.of("C:\\n")).as("a backslash cannot fake an escape").isEqualTo("C:\\\\n");
        assertThat(LogText.of("plain 文本")).isEqualTo("plain 文本");
        assertThat(LogText.of(null)).isEqualTo("null");
    }

    @Test
    void anUnexpectedErrorIsLoggedWithItsStackButWithoutForgedLines(CapturedOutput output) {
        ProblemFactory problems = new ProblemFactory(new StaticMessageSource());
        IllegalStateException error = new IllegalStateException("lookup of 公司\r\nFORGED-LINE ERROR admin signed in",
                new IllegalArgumentException("cause\nFORGED-CAUSE"));

        problems.create(error, Locale.ENGLISH, "/api/v1/enterprises");

        String logged = output.getOut() + output.getErr();
        assertThat(logged).contains("Unexpected error at /api/v1/enterprises")
                .contains("java.lang.IllegalStateException: lookup of 公司\\r\\nFORGED-LINE ERROR admin signed in")
                .contains("Caused by: java.lang.IllegalArgumentException: cause\\nFORGED-CAUSE")
                .contains("at cn.baiyun.hte.platform.error.LogTextTest.anUnexpectedErrorIsLoggedWithItsStackButWithoutForgedLines");
        assertThat(logged.lines()).noneMatch(line -> line.startsWith("FORGED"));
    }
}
