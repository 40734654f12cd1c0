package cn.baiyun.hte.platform.web;

/**
 * Which characters text from outside may hold, the one rule for every API field, form field and query
 * parameter: no control characters (C0 and C1, DEL), no noncharacters U+FFFE and U+FFFF and no lone
 * surrogate halves. None of them is typed by a person; they break the database's strings (NUL), forge log
 * lines, and travel on into exports and other systems. Tab and line breaks are text in multi-line fields.
 */
public final class InputText {

    /** The message key of a value with such a character, for the API's field errors and the forms. */
    public static final String CONTROL_CHARACTER_KEY = "text.control-character";

    private InputText() {
    }

    /** Whether {@code text} holds nothing but characters a person types, tab and line breaks included. */
    public static boolean acceptable(CharSequence text) {
        return firstRefused(text, true) < 0;
    }

    /** Like {@link #acceptable(CharSequence)} for one-line values (query parameters): no tab, no line break. */
    public static boolean acceptableLine(CharSequence text) {
        return firstRefused(text, false) < 0;
    }

    /** The text with every refused character replaced by U+FFFD, for writing out text stored before this rule. */
    public static String neutralized(String text) {
        if (firstRefused(text, true) < 0) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            kept.append(refused(text, i, true) ? '\uFFFD' : text.charAt(i));
        }
        return kept.toString();
    }

    private static int firstRefused(CharSequence text, boolean multiLine) {
        for (int i = 0; i < text.length(); i++) {
            if (refused(text, i, multiLine)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean refused(CharSequence text, int at, boolean multiLine) {
        char c = text.charAt(at);
        if (c < 0x20) {
            return !multiLine || (c != '\t' && c != '\n' && c != '\r');
        }
        if (c >= 0x7F && c <= 0x9F) {
            return true;
        }
        if (c == '\uFFFE' || c == '\uFFFF') {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return at + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(at + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return at == 0 || !Character.isHighSurrogate(text.charAt(at - 1));
        }
        return false;
    }
}
