package cn.baiyun.hte;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One name for each thing: no message bundle, page template or demo text uses a synonym that the glossary
 * ({@code docs/glossary.md}) lists as not used. The glossary is read, not copied, so that it and this test
 * cannot drift apart.
 */
class GlossaryTest {

    static final Path GLOSSARY = Path.of("..", "docs", "glossary.md");
    static final Path RESOURCES = Path.of("src", "main", "resources");
    /** The demo's firms, visits and comments are read on the pages as much as the bundles are. */
    static final Path DEMO = Path.of("src", "main", "java", "cn", "baiyun", "hte", "demo");
    /** The third column of a table row, and the words in backticks in it. */
    static final Pattern ROW = Pattern.compile("^\\|[^|]*\\|[^|]*\\|([^|]*)\\|", Pattern.MULTILINE);
    static final Pattern QUOTED = Pattern.compile("`([^`]+)`");

    @Test
    void noBundleTemplateOrDemoTextUsesASynonymTheGlossaryRetired() throws IOException {
        List<String> retired = retiredSynonyms();
        assertThat(retired).as("the glossary's retired synonyms").contains("证明材料", "梯队反馈", "自评测算", "部门推荐");

        List<String> uses = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(Files.walk(RESOURCES), Files.walk(DEMO))) {
            for (Path file : files.filter(GlossaryTest::isTextPeopleRead).toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    for (String synonym : retired) {
                        if (lines.get(i).contains(synonym)) {
                            uses.add(file + ":" + (i + 1) + " uses “" + synonym + "”");
                        }
                    }
                }
            }
        }
        assertThat(uses).as("synonyms retired in docs/glossary.md").isEmpty();
    }

    static List<String> retiredSynonyms() throws IOException {
        String glossary = Files.readString(GLOSSARY, StandardCharsets.UTF_8);
        List<String> retired = new ArrayList<>();
        Matcher row = ROW.matcher(glossary);
        while (row.find()) {
            Matcher quoted = QUOTED.matcher(row.group(1));
            while (quoted.find()) {
                retired.add(quoted.group(1));
            }
        }
        return retired;
    }

    private static boolean isTextPeopleRead(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith("messages") && name.endsWith(".properties") || name.endsWith(".html")
                || file.startsWith(DEMO) && name.endsWith(".java");
    }
}
