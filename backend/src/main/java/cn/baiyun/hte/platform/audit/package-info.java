/**
 * The audit log: an append-only record of each change that matters to the programme (who did what to which
 * subject, when, and which fields changed from what to what), read back as a firm's change history
 * ({@link cn.baiyun.hte.platform.audit.AuditLog}). Entries are written by listening to the domain events that
 * features store with their changes, one entry per event, so no feature calls the log and no entry is lost
 * or doubled when delivery is retried. Nothing updates or deletes an entry, and the log knows no feature.
 */
package cn.baiyun.hte.platform.audit;
