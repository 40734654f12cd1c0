package cn.baiyun.hte.publication;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Picks the reader's language of a text that is always in Chinese and sometimes also in English. */
final class Bilingual {

    private Bilingual() {
    }

    static String pick(String zh, String en, Locale locale) {
        return "en".equals(locale.getLanguage()) && en != null && !en.isBlank() ? en : zh;
    }

    /** Whether an English reader sees the Chinese text because there is no English one. */
    static boolean untranslated(String en, Locale locale) {
        return "en".equals(locale.getLanguage()) && (en == null || en.isBlank());
    }

    /**
     * Plain text as paragraphs, split at blank lines; the page shows each as text (never markup), keeping its
     * single line breaks.
     */
    static List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.strip().split("\\R[ \\t\\u3000]*\\R\\s*")).map(String::strip)
                .filter(p -> !p.isEmpty()).toList();
    }

    /** What a title search looks in: both titles, lower-cased, so that one plain pattern finds either. */
    static String searchKey(String zh, String en) {
        return (zh == null ? "" : zh.toLowerCase(Locale.ROOT)) + "\n" + (en == null ? "" : en.toLowerCase(Locale.ROOT));
    }
}
