package cn.baiyun.hte.platform.upload;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Watches a ZIP stream go by and notes the entry names that tell an Office Open XML package apart:
 * {@code [Content_Types].xml} plus {@code word/} (DOCX) or {@code xl/} (XLSX) parts, and refuses the
 * archive at the first name no Office document has ({@link #unsafe}). It reads the local file headers
 * as they pass, so the whole archive never has to be held; the central directory at the end, which is
 * what Office reads, is checked once the file is stored ({@link FileStructure}). A header signature
 * turning up inside compressed data could add a name, but never turns a file that is not a package
 * into one missing these parts.
 */
final class ZipEntryNames {

    private static final int LOCAL_HEADER = 0x504B0304;
    private static final int HEADER_REST = 26;
    private static final int NAME_LENGTH_AT = 22;
    private static final int MAX_NAME = 1024;
    /** Programs and scripts Windows, a browser or a shell would run; an Office package holds none. */
    private static final Set<String> EXECUTABLE = Set.of("exe", "dll", "bat", "cmd", "com", "scr", "pif", "cpl",
            "msi", "msp", "js", "jse", "vbs", "vbe", "wsf", "wsh", "hta", "ps1", "psm1", "sh", "jar", "class", "lnk",
            "reg");

    private enum State { SCAN, HEADER, NAME }

    private State state = State.SCAN;
    private int window;
    private final byte[] header = new byte[HEADER_REST];
    private byte[] name = new byte[0];
    private int filled;

    private boolean contentTypes;
    private boolean word;
    private boolean spreadsheet;
    private boolean unsafe;

    void accept(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            byte b = bytes[i];
            switch (state) {
                case SCAN -> {
                    window = (window << 8) | (b & 0xFF);
                    if (window == LOCAL_HEADER) {
                        state = State.HEADER;
                        filled = 0;
                    }
                }
                case HEADER -> {
                    header[filled++] = b;
                    if (filled == HEADER_REST) {
                        startName((header[NAME_LENGTH_AT] & 0xFF) | (header[NAME_LENGTH_AT + 1] & 0xFF) << 8);
                    }
                }
                case NAME -> {
                    name[filled++] = b;
                    if (filled == name.length) {
                        note(new String(name, StandardCharsets.UTF_8));
                        state = State.SCAN;
                    }
                }
            }
        }
    }

    /** The package type the names seen so far make this, or null if they make it none (or both). */
    FileType officeType() {
        if (!contentTypes || word == spreadsheet) {
            return null;
        }
        return word ? FileType.DOCX : FileType.XLSX;
    }

    private void startName(int length) {
        window = 0;
        if (length == 0 || length > MAX_NAME) {
            state = State.SCAN;
            return;
        }
        name = new byte[length];
        filled = 0;
        state = State.NAME;
    }

    /** True once a name was seen that no Office document has: an archive to refuse. */
    boolean unsafe() {
        return unsafe;
    }

    /**
     * A name that could write outside the folder it is unpacked into ({@code ../}, an absolute path, a
     * drive letter, a backslash, a control character) or that names a program or script.
     */
    static boolean unsafe(String entry) {
        if (entry.isEmpty() || entry.startsWith("/") || entry.indexOf('\\') >= 0 || entry.indexOf(':') >= 0
                || entry.chars().anyMatch(Character::isISOControl)) {
            return true;
        }
        for (String segment : entry.split("/")) {
            if (segment.equals("..")) {
                return true;
            }
        }
        int dot = entry.lastIndexOf('.');
        return dot >= 0 && EXECUTABLE.contains(entry.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * A header signature inside compressed data yields a name of random bytes, which decodes with
     * control or replacement characters: such a name is noise here, not a reason to refuse (the central
     * directory is checked in full later).
     */
    private void note(String entry) {
        boolean noise = entry.chars().anyMatch(c -> Character.isISOControl(c) || c == '\uFFFD');
        unsafe |= !noise && unsafe(entry);
        contentTypes |= entry.equals("[Content_Types].xml");
        word |= entry.startsWith("word/");
        spreadsheet |= entry.startsWith("xl/");
    }
}
