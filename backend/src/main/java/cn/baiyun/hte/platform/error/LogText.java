package cn.baiyun.hte.platform.error;

/**
 * User input as it may go into a log line: line breaks and other control characters written as escapes
 * ({@code \r}, {@code \n}, {@code \u0000}), so that a parameter holding {@code %0D%0A} cannot start a
 * line of its own that looks like the application's. The one helper every log statement with text from
 * outside uses, exception messages included (they often quote the input).
 */
public final class LogText {

    private LogText() {
    }

    /** {@code value}'s text with control characters and backslashes escaped. */
    public static String of(Object value) {
        String text = String.valueOf(value);
        StringBuilder encoded = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = switch (c) {
                case '\\' -> "\\\\";
                case '\r' -> "\\r";
                case '\n' -> "\\n";
                case '\t' -> "\\t";
                default -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                        ? String.format("\\u%04x", (int) c) : null;
            };
            if (escape != null && encoded == null) {
                encoded = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (encoded != null) {
                encoded.append(escape != null ? escape : String.valueOf(c));
            }
        }
        return encoded == null ? text : encoded.toString();
    }

    /**
     * A stand-in for {@code error} to hand to a logger: the same class names, stack traces, causes and
     * suppressed exceptions, with every message encoded as {@link #of(Object)} does.
     */
    public static Throwable encoded(Throwable error) {
        return new Encoded(error, 0);
    }

    private static final class Encoded extends RuntimeException {

        /** Deeper chains are cut: real ones are a handful long, and a cycle would be endless. */
        private static final int MAX_DEPTH = 16;

        Encoded(Throwable original, int depth) {
            super(original.getClass().getName()
                            + (original.getMessage() == null ? "" : ": " + of(original.getMessage())),
                    original.getCause() == null || depth >= MAX_DEPTH ? null : new Encoded(original.getCause(), depth + 1),
                    true, true);
            setStackTrace(original.getStackTrace());
            if (depth < MAX_DEPTH) {
                for (Throwable suppressed : original.getSuppressed()) {
                    addSuppressed(new Encoded(suppressed, depth + 1));
                }
            }
        }

        /** The original's class and message, as a stack trace shows them, without this class's name. */
        @Override
        public String toString() {
            return getMessage();
        }
    }
}
