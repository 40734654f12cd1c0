package cn.baiyun.hte.pool.recommendation;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import cn.baiyun.hte.platform.web.InputText;
import org.springframework.context.MessageSource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * The list as CSV (RFC 4180), streamed row by row: UTF-8 with a byte-order mark so that Excel reads the
 * Chinese names, CRLF line ends, and text that a spreadsheet would run as a formula neutralised.
 */
@Component
class RecommendationCsv {

    static final String BOM = "\uFEFF";
    private static final String LINE_END = "\r\n";

    private final MessageSource messages;

    RecommendationCsv(MessageSource messages) {
        this.messages = messages;
    }

    Flux<DataBuffer> write(Flux<RecommendationRow> rows, Locale locale) {
        String header = line(Arrays.stream(RecommendationColumn.values()).map(c -> c.header(messages, locale)).toList());
        return Flux.concat(Flux.just(BOM + header), rows.map(RecommendationCsv::line))
                .map(text -> DefaultDataBufferFactory.sharedInstance.wrap(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String line(RecommendationRow row) {
        return line(Arrays.stream(RecommendationColumn.values())
                .map(column -> column.kind == RecommendationColumn.Kind.TEXT ? guarded(column.text(row)) : column.text(row))
                .toList());
    }

    private static String line(List<String> cells) {
        return cells.stream().map(RecommendationCsv::quoted).collect(Collectors.joining(",", "", LINE_END));
    }

    /**
     * Text typed by firms could start a formula (=, +, -, @, or a tab or carriage return before one) that Excel would run on opening: a leading
     * apostrophe makes it plain text (OWASP CSV injection). Control characters, which forms refuse today but
     * older records may hold, are replaced ({@link InputText#neutralized}): a spreadsheet or the next system
     * gets no NUL or ESC from us. Numbers we write ourselves are left alone.
     */
    static String guarded(String text) {
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
