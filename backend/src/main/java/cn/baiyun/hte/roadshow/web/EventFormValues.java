package cn.baiyun.hte.roadshow.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import cn.baiyun.hte.roadshow.EventKind;
import cn.baiyun.hte.roadshow.Roadshow;
import cn.baiyun.hte.roadshow.RoadshowForm;

/**
 * The event form's inputs as the page shows them: lists as one line separated by commas, times as the
 * {@code datetime-local} input reads them (Asia/Shanghai wall-clock time).
 */
record EventFormValues(EventKind kind, String titleZh, String titleEn, String descriptionZh, String descriptionEn,
                       String themes, List<String> technicalFields, String startsAt, String endsAt, String venue,
                       String onlineLink, Integer capacity, String registrationOpensAt, String registrationClosesAt,
                       Boolean approvalRequired, Integer attendeesPerFirm, String investorsExpected, Long version) {

    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    static EventFormValues empty() {
        return new EventFormValues(EventKind.ROADSHOW, null, null, null, null, null, List.of(), null, null, null, null,
                null, null, null, false, 2, null, null);
    }

    static EventFormValues of(RoadshowForm form) {
        return new EventFormValues(form.kind(), form.titleZh(), form.titleEn(), form.descriptionZh(),
                form.descriptionEn(), joined(form.themes()), form.technicalFields() == null ? List.of() : form.technicalFields(),
                time(form.startsAt()), time(form.endsAt()), form.venue(), form.onlineLink(), form.capacity(),
                time(form.registrationOpensAt()), time(form.registrationClosesAt()), form.approvalRequired(),
                form.attendeesPerFirm(), joined(form.investorsExpected()), null);
    }

    static EventFormValues of(Roadshow event) {
        return new EventFormValues(event.kind(), event.titleZh(), event.titleEn(), event.descriptionZh(),
                event.descriptionEn(), joined(event.themes()), event.technicalFields(), time(event.startsAtLocal()),
                time(event.endsAtLocal()), event.venue(), event.onlineLink(), event.capacity(),
                time(event.registrationOpensAtLocal()), time(event.registrationClosesAtLocal()),
                event.approvalRequired(), event.attendeesPerFirm(), joined(event.investorsExpected()), event.version());
    }

    private static String joined(List<String> items) {
        return items == null ? null : String.join(", ", items);
    }

    private static String time(LocalDateTime time) {
        return time == null ? null : INPUT.format(time);
    }
}
