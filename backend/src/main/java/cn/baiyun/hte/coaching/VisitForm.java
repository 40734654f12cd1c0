package cn.baiyun.hte.coaching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.web.KeptRows;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * What the log / edit page's form shows: the visit as saved, or as just posted (a field that could not be
 * read is empty here and shown from its error with what was typed), its follow-ups with spare empty rows so
 * that the form works without a script, and the version the page was read at. Attendees are typed one a
 * line (or separated by commas); the posted form is read straight into {@link VisitDetails}
 * ({@code platform.web.FormBinder}) once they are listed.
 */
public final class VisitForm {

    static final int SPARE_ROWS = 2;
    /** The inputs that each hold a list, typed one entry a line. */
    private static final List<String> NAME_LISTS = List.of("bureauAttendees", "firmAttendees");
    /** A problem path naming one entry of a list that the form types into a single input. */
    private static final String LIST_ENTRY = "^(bureauAttendees|firmAttendees|topics)\\[\\d+]";
    private static final FollowUp NO_FOLLOW_UP = new FollowUp(null, null, null, null, null, null, null);

    private final VisitDetails details;
    private final String version;

    private VisitForm(VisitDetails details, String version) {
        this.details = details;
        this.version = version;
    }

    static VisitForm newVisit(LocalDate today) {
        return new VisitForm(new VisitDetails(today, null, null, null, null, null), null);
    }

    static VisitForm of(CoachingVisit visit) {
        return new VisitForm(new VisitDetails(visit.visitDate(), visit.bureauAttendees(), visit.firmAttendees(),
                visit.topics(), visit.summary(), visit.followUps()), String.valueOf(visit.version()));
    }

    /** The form as posted: follow-up rows in the places they were typed, blank ones included. */
    static VisitForm posted(VisitDetails details, String version) {
        return new VisitForm(details, version);
    }

    /**
     * The form's values with each list of names given as its entries, as {@link VisitDetails} takes them:
     * one a line, or separated by commas (Chinese or Western), 、 or semicolons.
     */
    static MultiValueMap<String, String> namesListed(MultiValueMap<String, String> form) {
        MultiValueMap<String, String> listed = new LinkedMultiValueMap<>(form);
        for (String list : NAME_LISTS) {
            List<String> typed = listed.remove(list);
            if (typed != null) {
                typed.stream().flatMap(text -> Arrays.stream(text.split("[\\r\\n,，、;；]+")))
                        .map(String::strip).filter(name -> !name.isEmpty()).forEach(name -> listed.add(list, name));
            }
        }
        return listed;
    }

    /** The visit as the service takes it: blank follow-up rows left out. */
    VisitDetails toDetails() {
        return new VisitDetails(details.visitDate(), details.bureauAttendees(), details.firmAttendees(),
                details.topics(), details.summary(), details.followUps().stream().filter(f -> !blank(f)).toList());
    }

    /**
     * The problem as the page shows it: one attendee or topic at its list's input (the form has one for
     * each list), a follow-up at the row it was typed in (blank rows before it are not saved).
     */
    FieldProblem onForm(FieldProblem problem) {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < details.followUps().size(); i++) {
            if (!blank(details.followUps().get(i))) {
                kept.add(i);
            }
        }
        return new KeptRows(kept).onPage(new FieldProblem(problem.field().replaceFirst(LIST_ENTRY, "$1"),
                problem.messageKey(), problem.args()));
    }

    /** Nothing typed: the status alone is a preset choice, not something the reader entered. */
    private static boolean blank(FollowUp f) {
        return empty(f.id()) && empty(f.action()) && f.owner() == null && f.dueDate() == null && f.doneOn() == null
                && empty(f.note());
    }

    private static boolean empty(String text) {
        return text == null || text.isBlank();
    }

    public String getVersion() {
        return version;
    }

    public LocalDate getVisitDate() {
        return details.visitDate();
    }

    /** Each list of names one a line, as the reader types them. */
    public String getBureauAttendees() {
        return String.join("\n", details.bureauAttendees());
    }

    public String getFirmAttendees() {
        return String.join("\n", details.firmAttendees());
    }

    public List<CoachingTopic> getTopics() {
        return details.topics();
    }

    public String getSummary() {
        return details.summary();
    }

    /** The follow-ups in their places, and at least {@value #SPARE_ROWS} empty rows to add more. */
    public List<FollowUp> getFollowUps() {
        List<FollowUp> rows = new ArrayList<>(details.followUps());
        long blank = rows.stream().filter(VisitForm::blank).count();
        for (; blank < SPARE_ROWS; blank++) {
            rows.add(NO_FOLLOW_UP);
        }
        return rows;
    }
}
