package cn.baiyun.hte.platform.upload;

import java.nio.charset.StandardCharsets;

/**
 * Watches a ZIP stream go by and notes the entry names that tell an Office Open XML package apart:
 * {@code [Content_Types].xml} plus {@code word/} (DOCX) or {@code xl/} (XLSX) parts. It reads the local
 * file headers as they pass, so the whole archive never has to be held; the central directory at the
 * end would need that. A header signature turning up inside compressed data could add a name, but
 * never turns a file that is not a package into one missing these parts.
 */
final class ZipEntryNames {

    private static final int LOCAL_HEADER = 0x504B0304;
    private static final int HEADER_REST = 26;
    private static final int NAME_LENGTH_AT = 22;
    private static final int MAX_NAME = 1024;

    private enum State { SCAN, HEADER, NAME }

    private State state = State.SCAN;
    private int window;
    private final byte[] header = new byte[HEADER_REST];
    private byte[] name = new byte[0];
    private int filled;

    private boolean contentTypes;
    private boolean word;
    private boolean spreadsheet;

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

    private void note(String entry) {
        contentTypes |= entry.equals("[Content_Types].xml");
        word |= entry.startsWith("word/");
        spreadsheet |= entry.startsWith("xl/");
    }
}
