package cn.baiyun.hte.roadshow;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import cn.baiyun.hte.enterprise.TechnicalFieldCatalogue;
import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.time.ClockConfiguration;

/**
 * What an event must satisfy, every problem at once against the form's field names: a kind, a Chinese title
 * and description, a start before its end, registration that opens before it closes and closes no later than
 * the start, a venue or an https link, at least one seat and one attendee per firm. Texts are stripped.
 */
final class RoadshowRules {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 5000;
    static final int MAX_TEXT = 200;
    static final int MAX_LIST = 20;
    static final int MAX_CAPACITY = 2000;
    static final int MAX_ATTENDEES = 20;
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    private RoadshowRules() {
    }

    /** A valid form's values, normalized, times as instants. */
    record Checked(EventKind kind, String titleZh, String titleEn, String descriptionZh, String descriptionEn,
                   List<String> themes, List<String> technicalFields, Instant startsAt, Instant endsAt, String venue,
                   String onlineLink, int capacity, Instant registrationOpensAt, Instant registrationClosesAt,
                   boolean approvalRequired, int attendeesPerFirm, List<String> investorsExpected) {
    }

    static Checked check(RoadshowForm form, TechnicalFieldCatalogue fields) {
        List<FieldProblem> problems = new ArrayList<>();
        if (form.kind() == null) {
            problems.add(new FieldProblem("kind", "NotNull"));
        }
        String titleZh = required(problems, "titleZh", form.titleZh(), MAX_TITLE);
        String titleEn = optional(problems, "titleEn", form.titleEn(), MAX_TITLE);
        String descriptionZh = required(problems, "descriptionZh", form.descriptionZh(), MAX_DESCRIPTION);
        String descriptionEn = optional(problems, "descriptionEn", form.descriptionEn(), MAX_DESCRIPTION);
        List<String> themes = list(problems, "themes", form.themes());
        List<String> technicalFields = list(problems, "technicalFields", form.technicalFields());
        for (String code : technicalFields) {
            if (fields.find(code).isEmpty()) {
                problems.add(new FieldProblem("technicalFields", "roadshow.technical-field.unknown", code));
            }
        }
        Instant startsAt = time(problems, "startsAt", form.startsAt(), true);
        Instant endsAt = time(problems, "endsAt", form.endsAt(), true);
        if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
            problems.add(new FieldProblem("endsAt", "roadshow.ends.before-start"));
        }
        Instant opensAt = time(problems, "registrationOpensAt", form.registrationOpensAt(), true);
        Instant closesAt = time(problems, "registrationClosesAt", form.registrationClosesAt(), true);
        if (opensAt != null && closesAt != null && !closesAt.isAfter(opensAt)) {
            problems.add(new FieldProblem("registrationClosesAt", "roadshow.registration.closes-before-opens"));
        }
        if (closesAt != null && startsAt != null && closesAt.isAfter(startsAt)) {
            problems.add(new FieldProblem("registrationClosesAt", "roadshow.registration.closes-after-start"));
        }
        String venue = optional(problems, "venue", form.venue(), MAX_TEXT);
        String onlineLink = optional(problems, "onlineLink", form.onlineLink(), MAX_TEXT);
        if (onlineLink != null && !httpsLink(onlineLink)) {
            problems.add(new FieldProblem("onlineLink", "roadshow.online-link.invalid"));
        }
        if (venue == null && onlineLink == null) {
            problems.add(new FieldProblem("venue", "roadshow.venue.required"));
        }
        int capacity = bounded(problems, "capacity", form.capacity(), MAX_CAPACITY);
        int attendees = bounded(problems, "attendeesPerFirm", form.attendeesPerFirm(), MAX_ATTENDEES);
        List<String> investors = list(problems, "investorsExpected", form.investorsExpected());
        if (!problems.isEmpty()) {
            throw PortalException.invalid(problems);
        }
        return new Checked(form.kind(), titleZh, titleEn, descriptionZh, descriptionEn, themes, technicalFields,
                startsAt, endsAt, venue, onlineLink, capacity, opensAt, closesAt,
                Boolean.TRUE.equals(form.approvalRequired()), attendees, investors);
    }

    /** The text without surrounding blanks, or {@code null} when nothing is left. */
    static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static String required(List<FieldProblem> problems, String field, String text, int max) {
        String value = strip(text);
        if (value == null) {
            problems.add(new FieldProblem(field, "NotBlank"));
        } else if (value.length() > max) {
            problems.add(new FieldProblem(field, "roadshow.text.too-long", max));
        }
        return value;
    }

    static String optional(List<FieldProblem> problems, String field, String text, int max) {
        String value = strip(text);
        if (value != null && value.length() > max) {
            problems.add(new FieldProblem(field, "roadshow.text.too-long", max));
        }
        return value;
    }

    private static List<String> list(List<FieldProblem> problems, String field, List<String> items) {
        if (items == null) {
            return List.of();
        }
        List<String> values = items.stream().map(RoadshowRules::strip).filter(v -> v != null).distinct().toList();
        if (values.size() > MAX_LIST) {
            problems.add(new FieldProblem(field, "roadshow.list.too-long", MAX_LIST));
        }
        if (values.stream().anyMatch(value -> value.length() > MAX_TEXT)) {
            problems.add(new FieldProblem(field, "roadshow.text.too-long", MAX_TEXT));
        }
        return values;
    }

    private static Instant time(List<FieldProblem> problems, String field, LocalDateTime time, boolean required) {
        if (time == null) {
            if (required) {
                problems.add(new FieldProblem(field, "NotNull"));
            }
            return null;
        }
        if (time.getYear() < FIRST_YEAR || time.getYear() > LAST_YEAR) {
            problems.add(new FieldProblem(field, "roadshow.time.out-of-range", FIRST_YEAR, LAST_YEAR));
            return null;
        }
        return time.atZone(ClockConfiguration.ZONE).toInstant();
    }

    private static int bounded(List<FieldProblem> problems, String field, Integer value, int max) {
        if (value == null) {
            problems.add(new FieldProblem(field, "NotNull"));
            return 0;
        }
        if (value < 1 || value > max) {
            problems.add(new FieldProblem(field, "roadshow.number.range", 1, max));
        }
        return value;
    }

    private static boolean httpsLink(String link) {
        try {
            URI uri = new URI(link);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
