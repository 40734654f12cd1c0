package cn.baiyun.hte.roadshow.export;

import java.util.Locale;

import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.roadshow.calendar.CalendarEntries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import cn.baiyun.hte.platform.web.StreamingWorkbook;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * An event's files on the API, the same as the pages offer: its calendar file (public, like the event), and
 * for organisers the participants (XLSX, CSV; headers and labels in the request's language) and all
 * pitch decks in one zip.
 */
@RestController
@RequestMapping("/api/v1/roadshows/{roadshowId}")
@Tag(name = "Roadshows")
class RoadshowFilesApi {

    private final CalendarEntries calendar;
    private final RoadshowExports exports;

    RoadshowFilesApi(CalendarEntries calendar, RoadshowExports exports) {
        this.calendar = calendar;
        this.exports = exports;
    }

    @GetMapping("/calendar.ics")
    @Operation(operationId = "roadshowCalendar", summary = "The event as an iCalendar file (RFC 5545) with the "
            + "Asia/Shanghai time zone; public, like the event", security = {},
            responses = @ApiResponse(responseCode = "200", description = "The calendar file, as an attachment",
                    content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string"))))
    Mono<ResponseEntity<String>> calendar(PortalUser user, @PathVariable String roadshowId, Locale locale,
                                          ServerWebExchange exchange) {
        return calendar.file(user, roadshowId, locale, exchange);
    }

    @GetMapping("/participants.xlsx")
    @Operation(operationId = "exportRoadshowParticipantsXlsx", summary = "Organisers: the event's active "
            + "registrations as an Excel workbook; attendees' mobile numbers only where the firm consented",
            responses = @ApiResponse(responseCode = "200", description = "The workbook, as an attachment",
                    content = @Content(mediaType = StreamingWorkbook.MEDIA_TYPE,
                            schema = @Schema(type = "string", format = "binary"))))
    Mono<ResponseEntity<byte[]>> xlsx(PortalUser user, @PathVariable String roadshowId, Locale locale) {
        return exports.participantsXlsx(user, roadshowId, locale);
    }

    @GetMapping("/participants.csv")
    @Operation(operationId = "exportRoadshowParticipantsCsv", summary = "Organisers: the same as CSV (UTF-8 with "
            + "byte-order mark, RFC 4180), streamed",
            responses = @ApiResponse(responseCode = "200", description = "The CSV file, as an attachment",
                    content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary"))))
    Mono<ResponseEntity<Flux<DataBuffer>>> csv(PortalUser user, @PathVariable String roadshowId, Locale locale) {
        return exports.participantsCsv(user, roadshowId, locale);
    }

    @GetMapping("/decks.zip")
    @Operation(operationId = "exportRoadshowDecks", summary = "Organisers: every pitch deck of the event's active "
            + "registrations in one zip, streamed",
            responses = @ApiResponse(responseCode = "200", description = "The zip, as an attachment",
                    content = @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary"))))
    Mono<ResponseEntity<Flux<DataBuffer>>> decks(PortalUser user, @PathVariable String roadshowId) {
        return exports.decks(user, roadshowId);
    }
}
