package cn.baiyun.hte.platform.i18n;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** Every bundle, the shared one and each feature's, exists in both languages with the same keys. */
class MessageBundlesTest {

    private static final String CHINESE = "_zh_CN.properties";
    private static final String ENGLISH = "_en.properties";

    static Stream<String> chineseBundles() throws IOException {
        Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:**/messages" + CHINESE);
        // Only the portal's own bundles: libraries on the class path bring theirs.
        return Arrays.stream(found).map(MessageBundlesTest::url).filter(url -> url.startsWith("file:"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("chineseBundles")
    void chineseAndEnglishBundlesHaveExactlyTheSameKeys(String chineseUrl) throws IOException {
        Properties chinese = load(chineseUrl);
        Properties english = load(chineseUrl.replace(CHINESE, ENGLISH));

        assertThat(chinese.stringPropertyNames())
                .as("keys of %s missing from its English twin, or the other way round", chineseUrl)
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(chinese).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("chineseBundles")
    void noMessageIsBlank(String chineseUrl) throws IOException {
        for (String url : new String[] {chineseUrl, chineseUrl.replace(CHINESE, ENGLISH)}) {
            Properties messages = load(url);
            assertThat(messages.stringPropertyNames())
                    .as("blank messages in " + url)
                    .noneMatch(key -> messages.getProperty(key).isBlank());
        }
    }

    private static Properties load(String url) throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(new java.net.URL(url).openStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static String url(Resource resource) {
        try {
            return resource.getURL().toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
