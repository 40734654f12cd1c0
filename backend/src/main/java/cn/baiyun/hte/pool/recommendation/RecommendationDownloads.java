package cn.baiyun.hte.pool.recommendation;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.web.StreamingWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The list's files as download responses, for the API and for the reviewers' page alike: always an
 * attachment named after the cycle year, headers in the request's language.
 */
@Component
class RecommendationDownloads {

    static final MediaType XLSX = MediaType.parseMediaType(StreamingWorkbook.MEDIA_TYPE);
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final RecommendationService recommendations;
    private final MessageSource messages;
    private final RecommendationCsv csv;

    RecommendationDownloads(RecommendationService recommendations, MessageSource messages,
                            RecommendationCsv csv) {
        this.recommendations = recommendations;
        this.messages = messages;
        this.csv = csv;
    }

    /** Built whole before the first byte is sent (a workbook is a zip), then sent with its length. */
    Mono<ResponseEntity<byte[]>> xlsx(PortalUser reviewer, int year, Locale locale) {
        return recommendations.cycle(reviewer, year)
                .flatMap(cycle -> StreamingWorkbook.write(recommendations.all(reviewer, cycle),
                        messages.getMessage("recommendation.sheet", null, locale), RecommendationColumn.sheet(messages, locale)))
                .map(bytes -> ResponseEntity.ok().headers(attachment(year, "xlsx")).contentType(XLSX)
                        .contentLength(bytes.length).body(bytes));
    }

    /** Streamed row by row as the database delivers the entries. */
    Mono<ResponseEntity<Flux<DataBuffer>>> csv(PortalUser reviewer, int year, Locale locale) {
        return recommendations.cycle(reviewer, year).map(cycle -> ResponseEntity.ok().headers(attachment(year, "csv"))
                .contentType(CSV).body(csv.write(recommendations.all(reviewer, cycle), locale)));
    }

    /** The file name is made of the year (an integer) alone, so nothing a client sent can reach it. */
    private static HttpHeaders attachment(int year, String extension) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentDisposition(ContentDisposition.attachment()
                .filename("hte-recommendations-" + year + "." + extension).build());
        headers.set("X-Content-Type-Options", "nosniff");
        return headers;
    }
}
