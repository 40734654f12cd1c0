package cn.baiyun.hte.coaching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.error.ProblemType;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The log / edit page's form. Attendees are typed one a line (or separated by commas); follow-ups are
 * rows, with spare empty ones so that the form works without a script. Blank rows are dropped before
 * saving, so that the rows shown again after an error are numbered like the problems found.
 */
public class VisitForm {

    static final int SPARE_ROWS = 2;
    /** A problem path naming one entry of a list that the form types into a single input. */
    private static final String LIST_ENTRY = "^(bureauAttendees|firmAttendees|topics)\\[\\d+]$";

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate visitDate;
    private String bureauAttendees;
    private String firmAttendees;
    private List<CoachingTopic> topics = new ArrayList<>();
    private String summary;
    private List<FollowUpRow> followUps = new ArrayList<>();
    private String version;

    static VisitForm newVisit(LocalDate today) {
        VisitForm form = new VisitForm();
        form.visitDate = today;
        return form.withSpareRows();
    }

    static VisitForm of(CoachingVisit visit) {
        VisitForm form = new VisitForm();
        form.visitDate = visit.visitDate();
        form.bureauAttendees = String.join("\n", visit.bureauAttendees());
        form.firmAttendees = String.join("\n", visit.firmAttendees());
        form.topics = new ArrayList<>(visit.topics());
        form.summary = visit.summary();
        visit.followUps().forEach(f -> form.followUps.add(FollowUpRow.of(f)));
        form.version = String.valueOf(visit.version());
        return form.withSpareRows();
    }

    /** Makes sure that at least {@value #SPARE_ROWS} empty rows are offered to fill in. */
    VisitForm withSpareRows() {
        long blank = followUps.stream().filter(FollowUpRow::blank).count();
        for (; blank < SPARE_ROWS; blank++) {
            followUps.add(new FollowUpRow());
        }
        return this;
    }

    VisitDetails toDetails() {
        followUps.removeIf(FollowUpRow::blank);
        return new VisitDetails(visitDate, names(bureauAttendees), names(firmAttendees), topics, summary,
                followUps.stream().map(FollowUpRow::toFollowUp).toList());
    }

    /**
     * The rules name one attendee or topic by its place in a list; the form has one input for each list,
     * so the problem is shown there.
     */
    static PortalException onForm(PortalException error) {
        if (error.type() != ProblemType.VALIDATION) {
            return error;
        }
        return PortalException.invalid(error.fieldProblems().stream()
                .map(p -> new FieldProblem(p.field().replaceFirst(LIST_ENTRY, "$1"), p.messageKey(), p.args()))
                .toList());
    }

    /** Names one a line, or separated by commas (Chinese or Western) or 、. */
    private static List<String> names(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[\\r\\n,，、;；]+")).map(String::strip).filter(name -> !name.isEmpty())
                .toList();
    }

    public static class FollowUpRow {
        private String id;
        private String action;
        private Party owner;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate dueDate;
        private FollowUpStatus status;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate doneOn;
        private String note;

        static FollowUpRow of(FollowUp f) {
            FollowUpRow row = new FollowUpRow();
            row.id = f.id();
            row.action = f.action();
            row.owner = f.owner();
            row.dueDate = f.dueDate();
            row.status = f.status();
            row.doneOn = f.doneOn();
            row.note = f.note();
            return row;
        }

        /** Nothing typed: the status alone is a preset choice, not something the reader entered. */
        boolean blank() {
            return empty(id) && empty(action) && owner == null && dueDate == null && doneOn == null && empty(note);
        }

        FollowUp toFollowUp() {
            return new FollowUp(empty(id) ? null : id, action, owner, dueDate, status, doneOn, note);
        }

        private static boolean empty(String text) {
            return text == null || text.isBlank();
        }

        public String getId() { return id; }
        public void setId(String id) { this.id = id; }
        public String getAction() { return action; }
        public void setAction(String action) { this.action = action; }
        public Party getOwner() { return owner; }
        public void setOwner(Party owner) { this.owner = owner; }
        public LocalDate getDueDate() { return dueDate; }
        public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
        public FollowUpStatus getStatus() { return status; }
        public void setStatus(FollowUpStatus status) { this.status = status; }
        public LocalDate getDoneOn() { return doneOn; }
        public void setDoneOn(LocalDate doneOn) { this.doneOn = doneOn; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
    }

    public LocalDate getVisitDate() { return visitDate; }
    public void setVisitDate(LocalDate visitDate) { this.visitDate = visitDate; }
    public String getBureauAttendees() { return bureauAttendees; }
    public void setBureauAttendees(String bureauAttendees) { this.bureauAttendees = bureauAttendees; }
    public String getFirmAttendees() { return firmAttendees; }
    public void setFirmAttendees(String firmAttendees) { this.firmAttendees = firmAttendees; }
    public List<CoachingTopic> getTopics() { return topics; }
    public void setTopics(List<CoachingTopic> topics) { this.topics = topics; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public List<FollowUpRow> getFollowUps() { return followUps; }
    public void setFollowUps(List<FollowUpRow> followUps) { this.followUps = followUps; }
    public String getVersion() { return version; }
    public void setVersion(String version) { this.version = version; }
}
