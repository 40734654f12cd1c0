package cn.baiyun.hte.roadshow.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import cn.baiyun.hte.roadshow.Roadshow;

/**
 * An event as the pages show it at a glance: when (Asia/Shanghai, the end's date left out when it is the
 * start's), and where, a venue, online, or both.
 */
record EventCard(Roadshow event) {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    static EventCard of(Roadshow event) {
        return new EventCard(event);
    }

    public String when() {
        LocalDateTime start = event.startsAtLocal();
        LocalDateTime end = event.endsAtLocal();
        if (start == null) {
            return "";
        }
        if (end == null) {
            return DAY_TIME.format(start);
        }
        return DAY_TIME.format(start) + " – "
                + (end.toLocalDate().equals(start.toLocalDate()) ? TIME.format(end) : DAY_TIME.format(end));
    }

    public String registrationWindow() {
        return format(event.registrationOpensAtLocal()) + " – " + format(event.registrationClosesAtLocal());
    }

    public boolean hasVenue() {
        return event.venue() != null && !event.venue().isBlank();
    }

    public boolean online() {
        return event.onlineLink() != null && !event.onlineLink().isBlank();
    }

    private static String format(LocalDateTime time) {
        return time == null ? "" : DAY_TIME.format(time);
    }
}
