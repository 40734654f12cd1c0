package cn.baiyun.hte.pool.recommendation;

import java.util.Arrays;
import java.util.Locale;

import cn.baiyun.hte.platform.web.CsvCells;
import cn.baiyun.hte.platform.web.StreamingWorkbook.CellKind;
import org.springframework.context.MessageSource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/** The list as CSV ({@link CsvCells}), streamed row by row. */
@Component
class RecommendationCsv {

    private final MessageSource messages;

    RecommendationCsv(MessageSource messages) {
        this.messages = messages;
    }

    Flux<DataBuffer> write(Flux<RecommendationRow> rows, Locale locale) {
        String header = CsvCells.line(Arrays.stream(RecommendationColumn.values()).map(c -> c.header(messages, locale)).toList());
        return Flux.concat(Flux.just(CsvCells.BOM + header), rows.map(RecommendationCsv::line)).map(CsvCells::buffer);
    }

    private static String line(RecommendationRow row) {
        return CsvCells.line(Arrays.stream(RecommendationColumn.values())
                .map(column -> column.kind == CellKind.TEXT ? CsvCells.guarded(column.text(row)) : column.text(row))
                .toList());
    }
}
