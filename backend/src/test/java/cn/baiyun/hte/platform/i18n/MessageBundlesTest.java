package cn.baiyun.hte.platform.i18n;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

class MessageBundlesTest {

    @Test
    void chineseAndEnglishBundlesHaveExactlyTheSameKeys() throws IOException {
        Properties chinese = load("messages_zh_CN.properties");
        Properties english = load("messages_en.properties");

        assertThat(chinese.stringPropertyNames())
                .as("keys of messages_zh_CN missing from messages_en, or the other way round")
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(chinese).isNotEmpty();
    }

    @Test
    void noMessageIsBlank() throws IOException {
        for (String bundle : new String[] {"messages_zh_CN.properties", "messages_en.properties"}) {
            Properties messages = load(bundle);
            assertThat(messages.stringPropertyNames())
                    .as("blank messages in " + bundle)
                    .noneMatch(key -> messages.getProperty(key).isBlank());
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
