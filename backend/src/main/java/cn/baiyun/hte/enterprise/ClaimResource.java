package cn.baiyun.hte.enterprise;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A claim as the API shows it. Who decided it is deliberately absent: firms see the bureau's decision,
 * not the reviewer's identity. {@code checks} is there for reviewers only: what it says about the firm's
 * other members is not the claimant's to know.
 */
public record ClaimResource(String id, String enterpriseId, String uscc, String enterpriseName, String claimedName,
                     String claimant, Membership.Status status, Instant requestedAt, Instant decidedAt,
                     String reason,
                     @Schema(description = "The business licence or authorisation letter the claim carries, if any")
                     ClaimDocumentResource document,
                     @Schema(description = "Reviewers only: what to look at before deciding")
                     ClaimChecks checks) {

    static ClaimResource of(Membership claim, Enterprise enterprise, ClaimChecks checks) {
        return new ClaimResource(claim.id(), claim.enterpriseId(), enterprise.uscc(), enterprise.name(),
                claim.claimedName(), claim.userDisplayName(), claim.status(), claim.requestedAt(),
                claim.decidedAt(), claim.reason(), ClaimDocumentResource.of(claim), checks);
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
