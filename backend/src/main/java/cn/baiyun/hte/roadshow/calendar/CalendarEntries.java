package cn.baiyun.hte.roadshow.calendar;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.roadshow.Roadshow;
import cn.baiyun.hte.roadshow.RoadshowLinks;
import cn.baiyun.hte.roadshow.RoadshowService;
import cn.baiyun.hte.roadshow.RoadshowStatus;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * An event's calendar file as the pages and the API answer it: the event the reader may see, described in
 * the reader's language, with a link back to its page on this portal.
 */
@Component
public class CalendarEntries {

    private final RoadshowService roadshows;
    private final MessageSource messages;
    private final Clock clock;

    CalendarEntries(RoadshowService roadshows, MessageSource messages, Clock clock) {
        this.roadshows = roadshows;
        this.messages = messages;
        this.clock = clock;
    }

    public Mono<ResponseEntity<String>> file(PortalUser reader, String roadshowId, Locale locale,
                                             ServerWebExchange exchange) {
        URI page = UriComponentsBuilder.fromUri(exchange.getRequest().getURI()).replacePath(RoadshowLinks.event(roadshowId))
                .replaceQuery(null).build().toUri();
        return roadshows.find(reader, roadshowId)
                .flatMap(roadshow -> EventCalendar.write(entry(roadshow, page, locale), clock.instant()))
                .map(text -> ResponseEntity.ok().contentType(EventCalendar.MEDIA_TYPE)
                        .headers(headers -> {
                            headers.setContentDisposition(ContentDisposition.attachment()
                                    .filename("roadshow-" + roadshowId.replaceAll("[^A-Za-z0-9]", "") + ".ics").build());
                            headers.setCacheControl(CacheControl.noCache());
                            headers.set("X-Content-Type-Options", "nosniff");
                        })
                        .body(text));
    }

    private CalendarEntry entry(Roadshow roadshow, URI page, Locale locale) {
        List<String> lines = new ArrayList<>();
        lines.add(messages.getMessage("roadshow.kind." + roadshow.kind(), null, locale));
        if (roadshow.description(locale) != null) {
            lines.add(roadshow.description(locale));
        }
        if (!roadshow.investorsExpected().isEmpty()) {
            lines.add(messages.getMessage("roadshow.field.investorsExpected", null, locale) + ": "
                    + String.join(", ", roadshow.investorsExpected()));
        }
        if (roadshow.onlineLink() != null && !roadshow.onlineLink().isBlank()) {
            lines.add(messages.getMessage("roadshow.field.onlineLink", null, locale) + ": " + roadshow.onlineLink());
        }
        lines.add(page.toString());
        String location = roadshow.venue() != null && !roadshow.venue().isBlank() ? roadshow.venue() : roadshow.onlineLink();
        return new CalendarEntry("roadshow-" + roadshow.id() + "@hte-portal", roadshow.noticeRound(),
                roadshow.title(locale), String.join("\n\n", lines), roadshow.startsAt(), roadshow.endsAt(), location,
                page, roadshow.updatedAt() != null ? roadshow.updatedAt() : roadshow.createdAt(),
                roadshow.status() == RoadshowStatus.CANCELLED);
    }
}
