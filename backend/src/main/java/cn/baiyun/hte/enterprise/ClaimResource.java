package cn.baiyun.hte.enterprise;

import java.time.Instant;

/**
 * A claim as the API shows it. Who decided it is deliberately absent: firms see the bureau's decision,
 * not the reviewer's identity.
 */
public record ClaimResource(String id, String enterpriseId, String uscc, String enterpriseName, String claimedName,
                     String claimant, Membership.Status status, Instant requestedAt, Instant decidedAt,
                     String reason) {

    static ClaimResource of(Membership claim, Enterprise enterprise) {
        return new ClaimResource(claim.id(), claim.enterpriseId(), enterprise.uscc(), enterprise.name(),
                claim.claimedName(), claim.userDisplayName(), claim.status(), claim.requestedAt(),
                claim.decidedAt(), claim.reason());
    }
}
