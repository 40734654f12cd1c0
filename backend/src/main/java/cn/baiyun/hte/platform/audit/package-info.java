/**
 * The audit log: an append-only record of each change that matters to the programme (who did what to which
 * subject, when, and which fields changed from what to what), read back as a firm's change history.
 * {@link cn.baiyun.hte.platform.audit.AuditLog} is the way in. Nothing updates or deletes an entry, and the
 * log knows no feature.
 */
package cn.baiyun.hte.platform.audit;
