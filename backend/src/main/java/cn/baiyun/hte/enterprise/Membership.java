package cn.baiyun.hte.enterprise;

import java.time.Instant;

import cn.baiyun.hte.platform.events.WithOutbox;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A user's claim to act for a firm. Only an {@link Status#APPROVED} membership grants access; every
 * claim, also a second user's claim on an approved firm, waits for a reviewer. A claim may carry a
 * {@link ClaimDocument} (the business licence or an authorisation letter) for the reviewer to open.
 */
@Document("memberships")
@WithOutbox
@CompoundIndex(name = "user_enterprise", def = "{'userId': 1, 'enterpriseId': 1}", unique = true)
@CompoundIndex(name = "queue", def = "{'status': 1, 'requestedAt': 1}")
@CompoundIndex(name = "firm_status", def = "{'enterpriseId': 1, 'status': 1}")
public record Membership(@Id String id, @Indexed String userId, String username, String userDisplayName,
                         String enterpriseId, String claimedName, Status status, Instant requestedAt,
                         Instant decidedAt, String decidedBy, String reason, ClaimDocument document) {

    public enum Status { PENDING, APPROVED, REJECTED }

    public boolean approved() {
        return status == Status.APPROVED;
    }
}
