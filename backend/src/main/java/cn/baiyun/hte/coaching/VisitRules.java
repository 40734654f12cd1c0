package cn.baiyun.hte.coaching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.baiyun.hte.platform.error.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * What a visit and the closing of a follow-up must satisfy. Problems are collected against the request's
 * field paths (e.g. {@code followUps[1].dueDate}), all at once. Dates are checked against today in the
 * bureau's time zone, and nothing is done before the visit. A visit dated after today is a planned one
 * (at most {@value #MAX_PLAN_DAYS} days ahead, about one half-year of the programme): it names who from
 * the bureau goes and the topics, and may name whom it meets; what was said and the follow-ups agreed
 * are only known once it took place, so a plan has neither. Once its day has come the same visit is
 * edited into the record of what happened, under the rules of a visit that took place.
 */
@Component
class VisitRules {

    static final int MAX_NAME = 50;
    static final int MAX_ATTENDEES = 20;
    static final int MAX_SUMMARY = 4000;
    static final int MAX_ACTION = 500;
    static final int MAX_NOTE = 1000;
    static final int MAX_FOLLOW_UPS = 30;
    static final int MAX_PLAN_DAYS = 180;

    private final Clock clock;

    VisitRules(Clock clock) {
        this.clock = clock;
    }

    /** Texts stripped, a follow-up without a status open. */
    VisitDetails normalized(VisitDetails d) {
        List<FollowUp> followUps = d.followUps().stream().map(f -> f == null ? null
                : new FollowUp(strip(f.id()), strip(f.action()), f.owner(), f.dueDate(),
                        f.status() == null ? FollowUpStatus.OPEN : f.status(), f.doneOn(), strip(f.note())))
                .toList();
        return new VisitDetails(d.visitDate(), stripAll(d.bureauAttendees()), stripAll(d.firmAttendees()), d.topics(),
                strip(d.summary()), followUps);
    }

    /** @param storedFollowUps the ids of the follow-ups the visit has now; none for a new visit */
    List<FieldProblem> problems(VisitDetails d, Set<String> storedFollowUps) {
        LocalDate today = LocalDate.now(clock);
        Checks checks = new Checks(today);
        boolean planned = d.visitDate() != null && d.visitDate().isAfter(today);
        LocalDate lastPlannable = today.plusDays(MAX_PLAN_DAYS);
        if (d.visitDate() == null) {
            checks.add("visitDate", "NotNull");
        } else if (d.visitDate().isAfter(lastPlannable)) {
            checks.add("visitDate", "coaching.visit.too-far", MAX_PLAN_DAYS, lastPlannable);
        }
        checks.names("bureauAttendees", d.bureauAttendees(), true);
        checks.names("firmAttendees", d.firmAttendees(), !planned);
        checkTopics(checks, d.topics());
        if (!planned) {
            checks.text("summary", d.summary(), MAX_SUMMARY, true);
        } else if (d.summary() != null && !d.summary().isEmpty()) {
            checks.add("summary", "coaching.planned.summary");
        }
        if (planned && !d.followUps().isEmpty()) {
            checks.add("followUps", "coaching.planned.follow-ups");
            return checks.problems;
        }
        if (d.followUps().size() > MAX_FOLLOW_UPS) {
            checks.add("followUps", "coaching.list.too-long", MAX_FOLLOW_UPS);
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < d.followUps().size(); i++) {
            checkFollowUp(checks, "followUps[" + i + "]", d.followUps().get(i), d.visitDate(), storedFollowUps, seen);
        }
        return checks.problems;
    }

    List<FieldProblem> problems(Completion completion, LocalDate visitDate) {
        Checks checks = new Checks(LocalDate.now(clock));
        checks.text("note", strip(completion.note()), MAX_NOTE, true);
        checks.date("doneOn", completion.doneOn(), visitDate);
        return checks.problems;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private static void checkTopics(Checks checks, List<CoachingTopic> topics) {
        if (topics.isEmpty()) {
            checks.add("topics", "coaching.topics.required");
        }
        Set<CoachingTopic> seen = new HashSet<>();
        for (int i = 0; i < topics.size(); i++) {
            CoachingTopic topic = topics.get(i);
            if (topic == null) {
                checks.add("topics[" + i + "]", "NotNull");
            } else if (!seen.add(topic)) {
                checks.add("topics[" + i + "]", "coaching.topic.twice");
            }
        }
    }

    private static void checkFollowUp(Checks checks, String path, FollowUp f, LocalDate visitDate,
                                      Set<String> stored, Set<String> seen) {
        if (f == null) {
            checks.add(path, "NotNull");
            return;
        }
        if (f.id() != null && !f.id().isEmpty()) {
            if (!stored.contains(f.id())) {
                checks.add(path + ".id", "coaching.follow-up.unknown", f.id());
            } else if (!seen.add(f.id())) {
                checks.add(path + ".id", "coaching.follow-up.twice");
            }
        }
        checks.text(path + ".action", f.action(), MAX_ACTION, true);
        if (f.owner() == null) {
            checks.add(path + ".owner", "NotNull");
        }
        if (f.dueDate() == null) {
            checks.add(path + ".dueDate", "NotNull");
        } else if (visitDate != null && f.dueDate().isBefore(visitDate)) {
            checks.add(path + ".dueDate", "coaching.date.before-visit", visitDate);
        }
        if (f.status() == FollowUpStatus.DONE) {
            checks.date(path + ".doneOn", f.doneOn(), visitDate);
        } else if (f.doneOn() != null) {
            checks.add(path + ".doneOn", "coaching.follow-up.done-on.open");
        }
        checks.text(path + ".note", f.note(), MAX_NOTE, false);
    }

    private static List<String> stripAll(List<String> texts) {
        return texts.stream().map(VisitRules::strip).toList();
    }

    static String strip(String text) {
        return text == null ? null : text.strip();
    }

    /** The problems found so far, with the checks every field shares. */
    private static final class Checks {

        private final List<FieldProblem> problems = new ArrayList<>();
        private final LocalDate today;

        Checks(LocalDate today) {
            this.today = today;
        }

        void add(String field, String messageKey, Object... args) {
            problems.add(new FieldProblem(field, messageKey, args));
        }

        /** A required date, not in the future and, given {@code notBefore}, not before it. */
        void date(String field, LocalDate date, LocalDate notBefore) {
            if (date == null) {
                add(field, "NotNull");
            } else if (date.isAfter(today)) {
                add(field, "PastOrPresent");
            } else if (notBefore != null && date.isBefore(notBefore)) {
                add(field, "coaching.date.before-visit", notBefore);
            }
        }

        void text(String field, String text, int maxLength, boolean required) {
            if (text == null || text.isEmpty()) {
                if (required) {
                    add(field, "NotBlank");
                }
            } else if (text.length() > maxLength) {
                add(field, "coaching.text.too-long", maxLength);
            }
        }

        /** Given {@code required}, at least one name; none blank or too long, not too many. */
        void names(String field, List<String> names, boolean required) {
            if (names.isEmpty() && required) {
                add(field, "coaching.attendees.required");
            } else if (names.size() > MAX_ATTENDEES) {
                add(field, "coaching.list.too-long", MAX_ATTENDEES);
            }
            for (int i = 0; i < names.size(); i++) {
                text(field + "[" + i + "]", names.get(i), MAX_NAME, true);
            }
        }
    }
}
