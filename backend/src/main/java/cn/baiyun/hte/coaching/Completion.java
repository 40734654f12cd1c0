package cn.baiyun.hte.coaching;

import java.time.LocalDate;

/**
 * Closing a follow-up: what was done and when.
 *
 * @param doneOn the day it was done; today when not given
 */
public record Completion(String note, LocalDate doneOn) {
}
