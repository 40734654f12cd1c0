package cn.baiyun.hte.assessment;

import java.time.LocalDate;

/** An incident is a slight gap when it leaves the 365-day window before next year's reference date. */
public record IncidentGap(boolean slight, LocalDate windowClearsAfter, String limit) {
}
