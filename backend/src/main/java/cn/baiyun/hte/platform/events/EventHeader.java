package cn.baiyun.hte.platform.events;

import java.time.Clock;
import java.time.Instant;

import cn.baiyun.hte.platform.security.PortalUser;
import org.bson.types.ObjectId;

/**
 * What every domain event says: its unique id (listeners deduplicate on it), its type in the portal's
 * dotted vocabulary ({@code filing.submitted}, also the audit action and the webhook event type), when it
 * happened, who did it, to which subject, and which firm it concerns ({@code null} for programme-wide
 * changes such as a cycle's).
 */
public record EventHeader(String eventId, String type, Instant occurredAt, String actorId, String actorName,
                          String subjectType, String subjectId, String enterpriseId) {

    public static EventHeader of(String type, PortalUser actor, String subjectType, String subjectId,
                                 String enterpriseId, Clock clock) {
        return new EventHeader(new ObjectId().toHexString(), type, Instant.now(clock), actor.id(),
                actor.displayName(), subjectType, subjectId, enterpriseId);
    }
}
