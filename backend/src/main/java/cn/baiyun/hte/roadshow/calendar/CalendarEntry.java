package cn.baiyun.hte.roadshow.calendar;

import java.net.URI;
import java.time.Instant;

/**
 * What a calendar file says about one event, already in the reader's language.
 *
 * @param uid       stays the same for the event's whole life, so that a calendar updates its copy rather
 *                  than adding a second one when the file is opened again
 * @param sequence  grows with every change the attendees should see (RFC 5545 §3.8.7.4)
 * @param location  the venue, or {@code null}
 * @param link      the event's page (or its online meeting), or {@code null}
 * @param cancelled a cancelled event is still sent, marked cancelled, so that calendars drop it
 */
public record CalendarEntry(String uid, long sequence, String title, String description, Instant start, Instant end,
                            String location, URI link, Instant lastModified, boolean cancelled) {
}
