package cn.baiyun.hte.platform.audit;

import java.time.Instant;
import java.util.List;

import cn.baiyun.hte.platform.events.FieldChange;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One change that matters to the programme: who did what to which subject, when, and which fields
 * changed from what to what. Append-only; nothing in the portal updates or deletes these.
 */
@Document("auditEvents")
@CompoundIndex(name = "by_enterprise", def = "{'enterpriseId': 1, 'occurredAt': -1}")
@CompoundIndex(name = "by_time", def = "{'occurredAt': -1}")
@CompoundIndex(name = "by_subject", def = "{'subjectType': 1, 'subjectId': 1, 'occurredAt': -1}")
public record AuditEvent(@Id String id, Instant occurredAt, String actorId, String actorName, String action,
                         String subjectType, String subjectId, String enterpriseId, List<FieldChange> changes,
                         String reason) {
}
