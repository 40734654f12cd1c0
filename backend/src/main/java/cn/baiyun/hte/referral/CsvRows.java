package cn.baiyun.hte.referral;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV list (RFC 4180, UTF-8 with or without a byte-order mark, as Excel and the portal's own exports write
 * it) read record by record: a quoted cell may hold commas, doubled quotes and line breaks. Only the record
 * being read is held. A file that is not UTF-8 fails with {@link java.nio.charset.CharacterCodingException}.
 */
final class CsvRows {

    /** Cells kept per record; a list has four columns, anything far beyond is not a list of firms. */
    private static final int MAX_CELLS = 32;
    /** Characters kept per cell, far beyond any valid value, so one runaway quoted cell cannot fill memory. */
    private static final int MAX_CELL = 4000;

    private CsvRows() {
    }

    static void read(Path file, ImportRows.Handler handler) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            in.mark(1);
            if (in.read() != '\uFEFF') {
                in.reset();
            }
            read(in, handler);
        }
    }

    private static void read(Reader in, ImportRows.Handler handler) throws IOException {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        long number = 1;
        int c;
        while ((c = in.read()) >= 0) {
            any = true;
            if (quoted) {
                if (c == '"') {
                    in.mark(1);
                    if (in.read() == '"') {
                        append(cell, '"');
                    } else {
                        in.reset();
                        quoted = false;
                    }
                } else {
                    append(cell, (char) c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                add(cells, cell);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r') {
                    in.mark(1);
                    if (in.read() != '\n') {
                        in.reset();
                    }
                }
                add(cells, cell);
                handler.row(number++, cells);
                cells = new ArrayList<>();
                any = false;
            } else {
                append(cell, (char) c);
            }
        }
        if (any) {
            add(cells, cell);
            handler.row(number, cells);
        }
    }

    private static void append(StringBuilder cell, char c) {
        if (cell.length() < MAX_CELL) {
            cell.append(c);
        }
    }

    private static void add(List<String> cells, StringBuilder cell) {
        if (cells.size() < MAX_CELLS) {
            cells.add(cell.toString());
        }
        cell.setLength(0);
    }
}
