package cn.baiyun.hte.enterprise;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A claim as the API shows it. Who decided it is deliberately absent: firms see the bureau's decision,
 * not the reviewer's identity. {@code checks} is there for reviewers only: what it says about the firm's
 * other members is not the claimant's to know. Nor is anything of the firm's record until the claim is
 * approved: a claimant sees what they typed (the code and the name), never the firm's id or registered
 * name, so that claiming someone else's code teaches nothing about that firm.
 */
public record ClaimResource(String id,
                     @Schema(description = "The firm's id: for reviewers, and for the claimant once the claim is approved")
                     String enterpriseId,
                     String uscc,
                     @Schema(description = "The firm's registered name: for reviewers, and for the claimant once the "
                             + "claim is approved")
                     String enterpriseName,
                     String claimedName,
                     String claimant, Membership.Status status, Instant requestedAt, Instant decidedAt,
                     String reason,
                     @Schema(description = "The business licence or authorisation letter the claim carries, if any")
                     ClaimDocumentResource document,
                     @Schema(description = "Reviewers only: what to look at before deciding")
                     ClaimChecks checks) {

    /** The claim as a reviewer sees it: the firm's record beside what the claimant typed, and the checks. */
    static ClaimResource reviewed(Membership claim, Enterprise enterprise, ClaimChecks checks) {
        return new ClaimResource(claim.id(), claim.enterpriseId(), enterprise.uscc(), enterprise.name(),
                claim.claimedName(), claim.userDisplayName(), claim.status(), claim.requestedAt(),
                claim.decidedAt(), claim.reason(), ClaimDocumentResource.of(claim), checks);
    }

    /**
     * The claim as its claimant sees it: the firm's id and registered name only once approved. The code
     * is the one they typed (the firm was found by it).
     */
    static ClaimResource claimants(Membership claim, Enterprise enterprise) {
        boolean member = claim.approved();
        return new ClaimResource(claim.id(), member ? claim.enterpriseId() : null, enterprise.uscc(),
                member ? enterprise.name() : null, claim.claimedName(), claim.userDisplayName(), claim.status(),
                claim.requestedAt(), claim.decidedAt(), claim.reason(), ClaimDocumentResource.of(claim), null);
    }

    /** The claim's document; {@code contentUrl} downloads the file. */
    @Schema(name = "ClaimDocument")
    record ClaimDocumentResource(ClaimDocumentKind kind, String originalName, String contentType, long size,
                                 String sha256, Instant uploadedAt, String contentUrl) {

        static ClaimDocumentResource of(Membership claim) {
            ClaimDocument d = claim.document();
            return d == null ? null : new ClaimDocumentResource(d.kind(), d.originalName(), d.contentType(), d.size(),
                    d.sha256(), d.uploadedAt(), ClaimApi.documentPath(claim.id()) + "/content");
        }
    }
}
