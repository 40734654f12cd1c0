package cn.baiyun.hte.platform.upload;

/**
 * A client's file name made fit to show and to offer back on download: the last path segment only,
 * without control characters, quotes or separators, and not too long. Never used as a path.
 */
public final class DisplayName {

    public static final int MAX_LENGTH = 200;
    private static final String FALLBACK = "document";

    private DisplayName() {
    }

    public static String of(String clientName) {
        if (clientName == null) {
            return FALLBACK;
        }
        String name = clientName.substring(Math.max(clientName.lastIndexOf('/'), clientName.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder();
        name.codePoints()
                .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT
                        && c != '"' && c != '\'' && c != ';' && c != ':' && c != '*' && c != '?' && c != '<' && c != '>' && c != '|')
                .forEach(clean::appendCodePoint);
        String stripped = clean.toString().strip().replaceAll("^\\.+", "");
        if (stripped.isEmpty()) {
            return FALLBACK;
        }
        return stripped.codePointCount(0, stripped.length()) <= MAX_LENGTH ? stripped
                : stripped.substring(0, stripped.offsetByCodePoints(0, MAX_LENGTH));
    }
}
