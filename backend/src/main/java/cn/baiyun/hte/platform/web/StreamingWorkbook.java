package cn.baiyun.hte.platform.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.baiyun.hte.platform.time.ClockConfiguration;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A list as an XLSX workbook of one sheet, for the exports (the provincial recommendation list, a roadshow's
 * participants). POI's streaming workbook keeps only a window of rows in memory and spills the rest to a
 * temporary file, so it runs on the bounded-elastic scheduler, never on an event loop; the finished file's
 * bytes are then handed to the response.
 */
public final class StreamingWorkbook {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Rows kept in memory before POI flushes them to its temporary file. */
    private static final int ROW_WINDOW = 100;
    /**
     * A spreadsheet number is a binary double, exact in decimal up to 15 significant digits: an amount
     * longer than that goes in as text rather than be silently rounded.
     */
    private static final int EXACT_DIGITS = 15;

    /** How a column's values are written (their cell format) and how wide it is, in characters. */
    public enum CellKind {
        TEXT("@", 24), INTEGER("0", 14), MONEY("#,##0.00", 16), RATIO("0.00%", 14), DATE("yyyy-mm-dd", 14),
        TIME("yyyy-mm-dd hh:mm", 16);

        private final String format;
        private final int width;

        CellKind(String format, int width) {
            this.format = format;
            this.width = width;
        }
    }

    /** One column: its heading in the reader's language, its kind, and a row's value in it (null for none). */
    public record Column<R>(String heading, CellKind kind, Function<R, Object> value) {
    }

    private StreamingWorkbook() {
    }

    public static <R> Mono<byte[]> write(Flux<R> rows, String sheetName, List<Column<R>> columns) {
        return Mono.using(() -> new Sheet<>(new SXSSFWorkbook(ROW_WINDOW), sheetName, columns),
                        sheet -> rows.publishOn(Schedulers.boundedElastic())
                                .doOnNext(sheet::add)
                                .then(Mono.fromCallable(sheet::bytes)),
                        Sheet::close)
                .subscribeOn(Schedulers.boundedElastic());
    }

    /** One sheet being filled: its styles per kind of cell and the next row number. */
    private static final class Sheet<R> implements AutoCloseable {

        private final SXSSFWorkbook workbook;
        private final SXSSFSheet sheet;
        private final List<Column<R>> columns;
        private final Map<CellKind, CellStyle> styles = new EnumMap<>(CellKind.class);
        private int next;

        Sheet(SXSSFWorkbook workbook, String name, List<Column<R>> columns) {
            this.workbook = workbook;
            this.sheet = workbook.createSheet(name);
            this.columns = columns;
            for (CellKind kind : CellKind.values()) {
                CellStyle style = workbook.createCellStyle();
                style.setDataFormat(workbook.createDataFormat().getFormat(kind.format));
                styles.put(kind, style);
            }
            headings();
        }

        private void headings() {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle style = workbook.createCellStyle();
            style.setFont(bold);
            Row row = sheet.createRow(next++);
            for (int i = 0; i < columns.size(); i++) {
                Cell cell = row.createCell(i);
                cell.setCellValue(columns.get(i).heading());
                cell.setCellStyle(style);
                sheet.setColumnWidth(i, columns.get(i).kind().width * 256);
            }
            sheet.createFreezePane(0, 1);
        }

        void add(R data) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < columns.size(); i++) {
                Column<R> column = columns.get(i);
                Object value = column.value().apply(data);
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(i);
                cell.setCellStyle(styles.get(column.kind()));
                switch (column.kind()) {
                    case MONEY, RATIO -> number(cell, (BigDecimal) value);
                    case INTEGER -> cell.setCellValue(((Number) value).doubleValue());
                    case DATE -> cell.setCellValue((LocalDate) value);
                    case TIME -> cell.setCellValue(LocalDateTime.ofInstant((Instant) value, ClockConfiguration.ZONE));
                    // Text stays text: a USCC of digits only must not turn into a number.
                    case TEXT -> cell.setCellValue(value.toString());
                }
            }
        }

        private void number(Cell cell, BigDecimal value) {
            if (value.stripTrailingZeros().precision() > EXACT_DIGITS) {
                cell.setCellStyle(styles.get(CellKind.TEXT));
                cell.setCellValue(value.toPlainString());
            } else {
                cell.setCellValue(value.doubleValue());
            }
        }

        byte[] bytes() throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }

        @Override
        public void close() {
            try {
                workbook.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
