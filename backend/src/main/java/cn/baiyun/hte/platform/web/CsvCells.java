package cn.baiyun.hte.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;

/**
 * The portal's CSV files (RFC 4180), one rule for all of them: UTF-8 with a byte-order mark so that Excel
 * reads the Chinese names, CRLF line ends, and text that a spreadsheet would run as a formula neutralised.
 */
public final class CsvCells {

    public static final String BOM = "\uFEFF";
    private static final String LINE_END = "\r\n";

    private CsvCells() {
    }

    /** One record, its cells quoted where needed, with its line end. */
    public static String line(List<String> cells) {
        return cells.stream().map(CsvCells::quoted).collect(Collectors.joining(",", "", LINE_END));
    }

    public static DataBuffer buffer(String text) {
        return DefaultDataBufferFactory.sharedInstance.wrap(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Text typed by firms could start a formula (=, +, -, @, or a tab or carriage return before one) that Excel would run on opening: a leading
     * apostrophe makes it plain text (OWASP CSV injection). Control characters, which forms refuse today but
     * older records may hold, are replaced ({@link InputText#neutralized}): a spreadsheet or the next system
     * gets no NUL or ESC from us. Numbers we write ourselves are left alone.
     */
    public static String guarded(String text) {
        String plain = InputText.neutralized(text);
        return !plain.isEmpty() && "=+-@\t\r".indexOf(plain.charAt(0)) >= 0 ? "'" + plain : plain;
    }

    /** RFC 4180: a field with a comma, quote or line break goes in quotes, its quotes doubled. */
    static String quoted(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
