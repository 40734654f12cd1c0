package cn.baiyun.hte.roadshow.export;

import java.util.Arrays;
import java.util.Locale;

import cn.baiyun.hte.platform.web.CsvCells;
import cn.baiyun.hte.platform.web.StreamingWorkbook.CellKind;
import org.springframework.context.MessageSource;
import org.springframework.core.io.buffer.DataBuffer;
import reactor.core.publisher.Flux;

/** The participants as CSV ({@link CsvCells}), streamed row by row as the database delivers them. */
final class ParticipantCsv {

    private ParticipantCsv() {
    }

    static Flux<DataBuffer> write(Flux<ParticipantRow> rows, MessageSource messages, Locale locale) {
        String header = CsvCells.line(Arrays.stream(ParticipantColumn.values()).map(c -> c.header(messages, locale)).toList());
        return Flux.concat(Flux.just(CsvCells.BOM + header), rows.map(ParticipantCsv::line)).map(CsvCells::buffer);
    }

    private static String line(ParticipantRow row) {
        return CsvCells.line(Arrays.stream(ParticipantColumn.values())
                .map(column -> column.kind == CellKind.TEXT ? CsvCells.guarded(column.text(row)) : column.text(row))
                .toList());
    }
}
