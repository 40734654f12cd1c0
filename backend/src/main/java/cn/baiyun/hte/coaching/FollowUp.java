package cn.baiyun.hte.coaching;

import java.time.LocalDate;

/**
 * Something one side agreed to do after a visit, by a date. {@code id} is given when the visit is
 * logged and kept across edits, so that a follow-up can be closed on its own; {@code note} says what
 * was done.
 */
public record FollowUp(String id, String action, Party owner, LocalDate dueDate, FollowUpStatus status,
                       LocalDate doneOn, String note) {

    public boolean open() {
        return status == FollowUpStatus.OPEN;
    }

    public boolean overdueOn(LocalDate today) {
        return open() && dueDate != null && dueDate.isBefore(today);
    }

    FollowUp withId(String newId) {
        return new FollowUp(newId, action, owner, dueDate, status, doneOn, note);
    }

    FollowUp done(LocalDate on, String doneNote) {
        return new FollowUp(id, action, owner, dueDate, FollowUpStatus.DONE, on, doneNote);
    }
}
