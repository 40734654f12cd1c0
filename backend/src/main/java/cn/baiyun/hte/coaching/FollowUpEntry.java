package cn.baiyun.hte.coaching;

import java.time.LocalDate;

/** A follow-up with the visit it came from, for lists of follow-ups across visits (and firms). */
public record FollowUpEntry(String enterpriseId, String visitId, LocalDate visitDate, FollowUp followUp) {
}
