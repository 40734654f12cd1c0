package cn.baiyun.hte.roadshow.calendar;

import java.io.StringReader;
import java.net.URI;
import java.time.Instant;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

class EventCalendarTest {

    private static final Instant START = Instant.parse("2027-03-18T01:30:00Z"); // 09:30 in Shanghai
    private static final Instant END = Instant.parse("2027-03-18T04:00:00Z");
    private static final Instant NOW = Instant.parse("2027-03-01T02:00:00Z");

    private static CalendarEntry entry(boolean cancelled) {
        return new CalendarEntry("roadshow-65f0c0ffee@hte.baiyun.gov.cn", 3, "白云区科技金融项目路演（第一期）",
                "企业路演，每家 8 分钟；投资机构：贵州创投, 白云产业基金；地点见下", START, END,
                "白云区科技创新中心 3 楼报告厅", URI.create("https://hte.example.cn/roadshows/65f0c0ffee"),
                Instant.parse("2027-02-20T08:00:00Z"), cancelled);
    }

    @Test
    void theEventIsAtItsShanghaiTimeWithTheZoneDefinedInTheFile() throws Exception {
        String text = EventCalendar.text(entry(false), NOW);

        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").contains("VERSION:2.0\r\n", "METHOD:PUBLISH\r\n")
                .contains("DTSTART;TZID=Asia/Shanghai:20270318T093000\r\n", "DTEND;TZID=Asia/Shanghai:20270318T120000\r\n")
                .contains("DTSTAMP:20270301T020000Z", "STATUS:CONFIRMED", "SEQUENCE:3");
        // Every line is at most 75 octets (RFC 5545 §3.1), Chinese text included.
        assertThat(text.split("\r\n")).allSatisfy(line ->
                assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));

        Calendar read = new CalendarBuilder().build(new StringReader(text));
        VTimeZone zone = read.<VTimeZone>getComponents("VTIMEZONE").get(0);
        assertThat(zone.getTimeZoneId().getValue()).isEqualTo("Asia/Shanghai");
        VEvent event = read.<VEvent>getComponents("VEVENT").get(0);
        assertThat(event.getSummary().getValue()).isEqualTo("白云区科技金融项目路演（第一期）");
        assertThat(event.getDescription().getValue()).isEqualTo(entry(false).description());
        assertThat(event.getLocation().getValue()).isEqualTo("白云区科技创新中心 3 楼报告厅");
        assertThat(event.getUid().orElseThrow().getValue()).isEqualTo("roadshow-65f0c0ffee@hte.baiyun.gov.cn");
        assertThat(Instant.from(event.getDateTimeStart().getDate())).isEqualTo(START);
        assertThat(Instant.from(event.getDateTimeEnd().getDate())).isEqualTo(END);
    }

    @Test
    void aCancelledEventTellsCalendarsToDropIt() {
        assertThat(EventCalendar.text(entry(true), NOW)).contains("METHOD:CANCEL\r\n", "STATUS:CANCELLED\r\n");
    }

    @Test
    void writingRunsOffTheCallersThread() {
        StepVerifier.create(EventCalendar.write(entry(false), NOW))
                .assertNext(text -> assertThat(text).contains("BEGIN:VEVENT"))
                .verifyComplete();
    }
}
