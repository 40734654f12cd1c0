package cn.baiyun.hte.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The names of the constants of the portal's own enums (every enum under {@code cn.baiyun.hte} in the main
 * classes, found on the classpath), which no page may show a person in place of their label.
 */
public final class PortalConstants {

    /**
     * Names that are also what a person legitimately reads: file formats named by their abbreviation (the
     * upload hints say "PDF, PNG…"), and HTE, the English pages' word for a high-tech enterprise (a drill-down
     * metric of the dashboard bears the same name). Names of one or two characters (score bands {@code A}–{@code F}, IP
     * classes {@code I}, {@code II}, {@code H2}) are never taken: they are ordinary letters and numerals in text.
     */
    static final Set<String> ALSO_WORDS = Set.of("PDF", "PNG", "JPEG", "XLSX", "DOCX", "CSV", "HTE");
    private static final int SHORTEST_NAME = 3;

    private static final Set<String> NAMES = scan();

    private PortalConstants() {
    }

    /** Whether the word is the name of one of the portal's constants that a page must not show as it is. */
    public static boolean isShownName(String word) {
        return NAMES.contains(word);
    }

    /** Every name taken, for tests of this scan itself. */
    static Set<String> names() {
        return NAMES;
    }

    private static Set<String> scan() {
        ClassLoader loader = PortalConstants.class.getClassLoader();
        try {
            Resource[] classes = new PathMatchingResourcePatternResolver(loader)
                    .getResources("classpath*:cn/baiyun/hte/**/*.class");
            Set<String> names = new TreeSet<>();
            for (Resource resource : classes) {
                String url = resource.getURL().toString();
                if (url.contains("/test-classes/") || url.endsWith("package-info.class")) {
                    continue;
                }
                String className = url.substring(url.lastIndexOf("cn/baiyun/hte/"), url.length() - ".class".length())
                        .replace('/', '.');
                Class<?> type = Class.forName(className, false, loader);
                if (type.isEnum()) {
                    Arrays.stream(type.getEnumConstants()).map(constant -> ((Enum<?>) constant).name())
                            .filter(name -> name.length() >= SHORTEST_NAME && !ALSO_WORDS.contains(name))
                            .forEach(names::add);
                }
            }
            return Set.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
