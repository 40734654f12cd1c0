package cn.baiyun.hte.relocation;

import java.time.LocalDate;

/**
 * One step of the package that has a date: the space handed over, a funding tranche paid, a team settled in.
 *
 * @param id     kept across edits; given by the service
 * @param doneOn when it was done; null while open
 */
public record Milestone(String id, String title, LocalDate dueDate, LocalDate doneOn) {

    /** Open and its due date has passed on {@code today} (Asia/Shanghai). */
    public boolean overdueOn(LocalDate today) {
        return doneOn == null && dueDate != null && dueDate.isBefore(today);
    }

    Milestone withId(String newId) {
        return new Milestone(newId, title, dueDate, doneOn);
    }
}
