package cn.baiyun.hte.roadshow.export;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import cn.baiyun.hte.enterprise.TechnicalFieldCatalogue;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.roadshow.RegistrationService;
import cn.baiyun.hte.roadshow.RoadshowAccess;
import cn.baiyun.hte.roadshow.Roadshow;
import cn.baiyun.hte.roadshow.RoadshowService;
import cn.baiyun.hte.platform.web.StreamingWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The organisers' files of an event, for the pages and the API alike: participants as XLSX and CSV (labels
 * and headers in the request's language), and every pitch deck in one zip. Who may have them is the
 * services' answer: the event must be one the reader sees, the registrations are the organisers' only.
 */
@Component
public class RoadshowExports {

    public static final MediaType XLSX = MediaType.parseMediaType(StreamingWorkbook.MEDIA_TYPE);
    public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    public static final MediaType ZIP = MediaType.parseMediaType("application/zip");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private final RoadshowService roadshows;
    private final RegistrationService registrations;
    private final MessageSource messages;
    private final TechnicalFieldCatalogue fields;

    RoadshowExports(RoadshowService roadshows, RegistrationService registrations, MessageSource messages,
                    TechnicalFieldCatalogue fields) {
        this.roadshows = roadshows;
        this.registrations = registrations;
        this.messages = messages;
        this.fields = fields;
    }

    /** Built whole before the first byte is sent (a workbook is a zip), then sent with its length. */
    public Mono<ResponseEntity<byte[]>> participantsXlsx(PortalUser organiser, String roadshowId, Locale locale) {
        return event(organiser, roadshowId).flatMap(roadshow -> StreamingWorkbook
                .write(rows(organiser, roadshowId, locale), messages.getMessage("roadshow.export.sheet", null, locale),
                        ParticipantColumn.sheet(messages, locale))
                .map(bytes -> ResponseEntity.ok().headers(attachment(roadshow, "participants.xlsx")).contentType(XLSX)
                        .contentLength(bytes.length).body(bytes)));
    }

    /** Streamed row by row. */
    public Mono<ResponseEntity<Flux<DataBuffer>>> participantsCsv(PortalUser organiser, String roadshowId,
                                                                  Locale locale) {
        return event(organiser, roadshowId).map(roadshow -> ResponseEntity.ok()
                .headers(attachment(roadshow, "participants.csv")).contentType(CSV)
                .body(ParticipantCsv.write(rows(organiser, roadshowId, locale), messages, locale)));
    }

    /** Streamed deck by deck, each read from GridFS only when the archive reaches it. */
    public Mono<ResponseEntity<Flux<DataBuffer>>> decks(PortalUser organiser, String roadshowId) {
        return event(organiser, roadshowId).map(roadshow -> ResponseEntity.ok()
                .headers(attachment(roadshow, "decks.zip")).contentType(ZIP)
                .body(DeckArchive.write(registrations.decks(organiser, roadshowId))));
    }

    /**
     * The event, for organisers only; asked before a streamed answer starts, so that anyone else gets the
     * error page (or problem) rather than a download that breaks off.
     */
    private Mono<Roadshow> event(PortalUser organiser, String roadshowId) {
        return RoadshowAccess.mayOrganise(organiser) ? roadshows.find(organiser, roadshowId)
                : Mono.error(PortalException.forbidden());
    }

    private Flux<ParticipantRow> rows(PortalUser organiser, String roadshowId, Locale locale) {
        return registrations.participants(organiser, roadshowId)
                .map(entry -> ParticipantRow.of(entry, messages, fields, locale));
    }

    /** Named after the event's day; nothing typed by anyone reaches the file name. */
    private static HttpHeaders attachment(Roadshow roadshow, String what) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentDisposition(ContentDisposition.attachment()
                .filename("roadshow-" + DAY.format(roadshow.startsAtLocal()) + "-" + what).build());
        headers.set("X-Content-Type-Options", "nosniff");
        headers.setCacheControl(CacheControl.noStore());
        return headers;
    }
}
