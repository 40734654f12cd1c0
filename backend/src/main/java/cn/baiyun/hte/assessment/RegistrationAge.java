package cn.baiyun.hte.assessment;

/** C1: registered at least 365 calendar days before the reference date; {@code gapDays} is 0 when met. */
public record RegistrationAge(long daysRegistered, int thresholdDays, boolean pass, long gapDays) {
}
