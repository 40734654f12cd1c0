package cn.baiyun.hte.roadshow.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import cn.baiyun.hte.platform.time.ClockConfiguration;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The participants as an XLSX workbook. POI's streaming workbook keeps a window of rows in memory and spills
 * the rest to a temporary file, so it runs on the bounded-elastic scheduler, never on an event loop.
 */
final class ParticipantWorkbook {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int ROW_WINDOW = 100;
    /** A spreadsheet number is exact to 15 significant digits; a longer amount goes in as text. */
    private static final int EXACT_DIGITS = 15;

    private ParticipantWorkbook() {
    }

    static Mono<byte[]> write(Flux<ParticipantRow> rows, String sheetName, MessageSource messages, Locale locale) {
        return Mono.using(() -> new Sheet(new SXSSFWorkbook(ROW_WINDOW), sheetName, messages, locale),
                        sheet -> rows.publishOn(Schedulers.boundedElastic()).doOnNext(sheet::add)
                                .then(Mono.fromCallable(sheet::bytes)),
                        Sheet::close)
                .subscribeOn(Schedulers.boundedElastic());
    }

    private static final class Sheet implements AutoCloseable {

        private final SXSSFWorkbook workbook;
        private final SXSSFSheet sheet;
        private final Map<ParticipantColumn.Kind, CellStyle> styles = new EnumMap<>(ParticipantColumn.Kind.class);
        private int next;

        Sheet(SXSSFWorkbook workbook, String name, MessageSource messages, Locale locale) {
            this.workbook = workbook;
            this.sheet = workbook.createSheet(name);
            DataFormat formats = workbook.createDataFormat();
            styles.put(ParticipantColumn.Kind.TEXT, style(formats.getFormat("@")));
            styles.put(ParticipantColumn.Kind.MONEY, style(formats.getFormat("#,##0.00")));
            styles.put(ParticipantColumn.Kind.INTEGER, style(formats.getFormat("0")));
            styles.put(ParticipantColumn.Kind.TIME, style(formats.getFormat("yyyy-mm-dd hh:mm")));
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            Row row = sheet.createRow(next++);
            for (ParticipantColumn column : ParticipantColumn.values()) {
                Cell cell = row.createCell(column.ordinal());
                cell.setCellValue(column.header(messages, locale));
                cell.setCellStyle(header);
                sheet.setColumnWidth(column.ordinal(), (column.kind == ParticipantColumn.Kind.TEXT ? 24 : 16) * 256);
            }
            sheet.createFreezePane(0, 1);
        }

        private CellStyle style(short format) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(format);
            return style;
        }

        void add(ParticipantRow data) {
            Row row = sheet.createRow(next++);
            for (ParticipantColumn column : ParticipantColumn.values()) {
                Object value = column.valueOf(data);
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(column.ordinal());
                cell.setCellStyle(styles.get(column.kind));
                switch (column.kind) {
                    case MONEY -> number(cell, (BigDecimal) value);
                    case INTEGER -> cell.setCellValue(((Integer) value).doubleValue());
                    case TIME -> cell.setCellValue(LocalDateTime.ofInstant((Instant) value, ClockConfiguration.ZONE));
                    // Text stays text: a USCC of digits only must not turn into a number.
                    case TEXT -> cell.setCellValue(value.toString());
                }
            }
        }

        private void number(Cell cell, BigDecimal value) {
            if (value.stripTrailingZeros().precision() > EXACT_DIGITS) {
                cell.setCellStyle(styles.get(ParticipantColumn.Kind.TEXT));
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
