package cn.baiyun.hte.pool.recommendation;

import java.time.LocalDate;
import java.util.Locale;

import cn.baiyun.hte.platform.paging.PageOf;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.web.ETags;
import cn.baiyun.hte.pool.cycle.Cycle;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import cn.baiyun.hte.platform.web.StreamingWorkbook;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The provincial recommendation list of a cycle: as JSON pages, as XLSX and CSV downloads (headers in
 * the request's language), and its marking as recommended.
 */
@RestController
@RequestMapping("/api/v1/cycles/{year}")
@Tag(name = "Recommendation", description = "Reviewers: the cycle's tier-1 firms for the provincial recommendation")
class RecommendationApi {

    private final RecommendationService recommendations;
    private final RecommendationDownloads downloads;

    RecommendationApi(RecommendationService recommendations, RecommendationDownloads downloads) {
        this.recommendations = recommendations;
        this.downloads = downloads;
    }

    /** @param date the day the list went to the province; today (Asia/Shanghai) when left out */
    record MarkRequest(LocalDate date) {
    }

    /** @param newlyMarked the firms this marking added to the recommended ones */
    record MarkResult(Cycle cycle, long newlyMarked) {
    }

    @GetMapping(path = "/recommendations", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listRecommendations", summary = "The firms the bureau decided to put in tier 1, "
            + "with the figures for the province; in entry order, one page at a time")
    Mono<PageOf<RecommendationRow>> list(PortalUser user, @PathVariable int year, @RequestParam(required = false) Integer limit,
                       @RequestParam(required = false) String cursor) {
        return recommendations.page(user, year, limit, cursor);
    }

    @GetMapping("/recommendations.xlsx")
    @Operation(operationId = "exportRecommendationsXlsx", summary = "The whole list as an Excel workbook",
            responses = @ApiResponse(responseCode = "200", description = "The workbook, as an attachment",
                    content = @Content(mediaType = StreamingWorkbook.MEDIA_TYPE,
                            schema = @Schema(type = "string", format = "binary"))))
    Mono<ResponseEntity<byte[]>> xlsx(PortalUser user, @PathVariable int year, Locale locale) {
        return downloads.xlsx(user, year, locale);
    }

    @GetMapping("/recommendations.csv")
    @Operation(operationId = "exportRecommendationsCsv", summary = "The whole list as CSV (UTF-8 with byte-order "
            + "mark, RFC 4180), streamed",
            responses = @ApiResponse(responseCode = "200", description = "The CSV file, as an attachment",
                    content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary"))))
    Mono<ResponseEntity<Flux<DataBuffer>>> csv(PortalUser user, @PathVariable int year, Locale locale) {
        return downloads.csv(user, year, locale);
    }

    @PostMapping(path = "/recommendation", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "markRecommended", summary = "Mark the listed firms and the cycle as recommended to "
            + "the province on a day (today when left out, never in the future); marking again adds firms decided "
            + "tier 1 since. 409 when the list is empty.")
    Mono<ResponseEntity<MarkResult>> mark(PortalUser user, @PathVariable int year,
                                          @RequestBody(required = false) MarkRequest request) {
        return recommendations.mark(user, year, request == null ? null : request.date())
                .map(marking -> ResponseEntity.ok().eTag(ETags.of(marking.cycle().version()))
                        .body(new MarkResult(marking.cycle(), marking.newlyMarked())));
    }
}
