package cn.baiyun.hte.pool.recommendation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The list as an XLSX workbook. POI's streaming workbook keeps only a window of rows in memory and
 * spills the rest to a temporary file, so it runs on the bounded-elastic scheduler, never on an event
 * loop; the finished file's bytes are then handed to the response.
 */
@Component
class RecommendationWorkbook {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Rows kept in memory before POI flushes them to its temporary file. */
    private static final int ROW_WINDOW = 100;
    /**
     * A spreadsheet number is a binary double, exact in decimal up to 15 significant digits: an amount
     * longer than that goes in as text rather than be silently rounded.
     */
    private static final int EXACT_DIGITS = 15;

    private final MessageSource messages;

    RecommendationWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    Mono<byte[]> write(Flux<RecommendationRow> rows, Locale locale) {
        return Mono.using(() -> new Sheet(new SXSSFWorkbook(ROW_WINDOW), locale),
                        sheet -> rows.publishOn(Schedulers.boundedElastic())
                                .doOnNext(sheet::add)
                                .then(Mono.fromCallable(sheet::bytes)),
                        Sheet::close)
                .subscribeOn(Schedulers.boundedElastic());
    }

    /** One sheet being filled: its styles per column kind and the next row number. */
    private final class Sheet implements AutoCloseable {

        private final SXSSFWorkbook workbook;
        private final SXSSFSheet sheet;
        private final Map<RecommendationColumn.Kind, CellStyle> styles = new EnumMap<>(RecommendationColumn.Kind.class);
        private int next;

        Sheet(SXSSFWorkbook workbook, Locale locale) {
            this.workbook = workbook;
            this.sheet = workbook.createSheet(messages.getMessage("recommendation.sheet", null, locale));
            DataFormat formats = workbook.createDataFormat();
            styles.put(RecommendationColumn.Kind.TEXT, style(formats.getFormat("@")));
            styles.put(RecommendationColumn.Kind.MONEY, style(formats.getFormat("#,##0.00")));
            styles.put(RecommendationColumn.Kind.RATIO, style(formats.getFormat("0.00%")));
            styles.put(RecommendationColumn.Kind.INTEGER, style(formats.getFormat("0")));
            styles.put(RecommendationColumn.Kind.DATE, style(formats.getFormat("yyyy-mm-dd")));
            header(locale);
        }

        private CellStyle style(short format) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(format);
            return style;
        }

        private void header(Locale locale) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle style = workbook.createCellStyle();
            style.setFont(bold);
            Row row = sheet.createRow(next++);
            for (RecommendationColumn column : RecommendationColumn.values()) {
                Cell cell = row.createCell(column.ordinal());
                cell.setCellValue(column.header(messages, locale));
                cell.setCellStyle(style);
            }
            for (RecommendationColumn column : RecommendationColumn.values()) {
                sheet.setColumnWidth(column.ordinal(), (column.kind == RecommendationColumn.Kind.TEXT ? 24 : 14) * 256);
            }
            sheet.createFreezePane(0, 1);
        }

        void add(RecommendationRow data) {
            Row row = sheet.createRow(next++);
            for (RecommendationColumn column : RecommendationColumn.values()) {
                Object value = column.valueOf(data);
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(column.ordinal());
                cell.setCellStyle(styles.get(column.kind));
                switch (column.kind) {
                    case MONEY, RATIO -> number(cell, (BigDecimal) value);
                    case INTEGER -> cell.setCellValue(((Integer) value).doubleValue());
                    case DATE -> cell.setCellValue((LocalDate) value);
                    // Text stays text: a USCC of digits only must not turn into a number.
                    case TEXT -> cell.setCellValue(value.toString());
                }
            }
        }

        private void number(Cell cell, BigDecimal value) {
            if (value.stripTrailingZeros().precision() > EXACT_DIGITS) {
                cell.setCellStyle(styles.get(RecommendationColumn.Kind.TEXT));
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
