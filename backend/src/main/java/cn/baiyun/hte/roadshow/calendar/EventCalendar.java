package cn.baiyun.hte.roadshow.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.http.MediaType;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * An event as an iCalendar file (RFC 5545) that any calendar can import: its times in Asia/Shanghai with
 * that zone's VTIMEZONE, so that a reader abroad sees the right local time and a reader here the time on
 * the invitation. ical4j reads its zone definitions from its own jar ({@code zoneinfo/}); ical4j.properties
 * turns off its updates from tzurl.org, so no file is ever made with the network's help. Building reads
 * those class-path resources the first time, so it runs on the bounded-elastic scheduler.
 */
public final class EventCalendar {

    public static final MediaType MEDIA_TYPE = new MediaType("text", "calendar", StandardCharsets.UTF_8);
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** Longest line in octets, line break not counted (RFC 5545 §3.1). */
    private static final int MAX_OCTETS = 75;
    /** ical4j's own folding is replaced by {@link #folded}: a fold length no property reaches. */
    private static final int UNFOLDED = 1 << 20;
    private static final String PRODUCT = "-//Baiyun District Science and Technology Bureau//HTE Portal Roadshows//ZH";

    private EventCalendar() {
    }

    public static Mono<String> write(CalendarEntry entry, Instant now) {
        return Mono.fromCallable(() -> text(entry, now)).subscribeOn(Schedulers.boundedElastic());
    }

    static String text(CalendarEntry entry, Instant now) {
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        TimeZone zone = registry.getTimeZone(ZONE.getId());
        VTimeZone definition = zone.getVTimeZone();
        VEvent event = new VEvent(local(entry.start()), local(entry.end()), entry.title());
        event.add(new Uid(entry.uid()));
        event.add(new DtStamp(now));
        event.add(new LastModified(entry.lastModified()));
        event.add(new Sequence((int) Math.min(entry.sequence(), Integer.MAX_VALUE)));
        if (entry.description() != null && !entry.description().isBlank()) {
            event.add(new Description(entry.description()));
        }
        if (entry.location() != null && !entry.location().isBlank()) {
            event.add(new Location(entry.location()));
        }
        if (entry.link() != null) {
            event.add(new Url(entry.link()));
        }
        event.add(entry.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        Calendar calendar = new Calendar()
                .withProdId(PRODUCT)
                .withProperty(ImmutableVersion.VERSION_2_0)
                .withProperty(ImmutableCalScale.GREGORIAN)
                .withProperty(entry.cancelled() ? ImmutableMethod.CANCEL : ImmutableMethod.PUBLISH)
                .withComponent(definition)
                .withComponent(event)
                .getFluentTarget();
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true, UNFOLDED).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folded(out.toString());
    }

    /**
     * Lines folded at 75 octets as RFC 5545 §3.1 counts them. ical4j folds at 75 characters, which makes
     * a line of Chinese text (three octets a character) up to 225 octets long; some calendars cut such
     * lines. A fold never splits a character: the continuation starts with a space and the next one.
     */
    static String folded(String text) {
        StringBuilder out = new StringBuilder(text.length() + text.length() / 20);
        for (String line : text.split("\r\n")) {
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
                if (octets + size > MAX_OCTETS) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static ZonedDateTime local(Instant instant) {
        return instant.atZone(ZONE);
    }
}
