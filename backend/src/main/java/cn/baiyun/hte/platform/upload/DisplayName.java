package cn.baiyun.hte.platform.upload;

/**
 * A client's file name made fit to show and to offer back on download: the last path segment only,
 * without control characters, quotes or separators, and not too long, and once the content's type is
 * known, with that type's extension in place of the client's ({@code 审计报告.bat} holding a PDF is
 * {@code 审计报告.pdf}). Never used as a path.
 */
public final class DisplayName {

    public static final int MAX_LENGTH = 200;
    private static final String FALLBACK = "document";

    private DisplayName() {
    }

    /** The cleaned name ending in the extension of the type recognised from the content. */
    public static String of(String clientName, FileType type) {
        String name = of(clientName);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        int room = MAX_LENGTH - type.extension().length() - 1;
        if (stem.codePointCount(0, stem.length()) > room) {
            stem = stem.substring(0, stem.offsetByCodePoints(0, room));
        }
        return stem + "." + type.extension();
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
