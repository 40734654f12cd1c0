package cn.baiyun.hte.referral;

import java.time.Instant;
import java.time.LocalDate;

import cn.baiyun.hte.enterprise.Enterprise;
import cn.baiyun.hte.enterprise.HteCertificate;

/**
 * A referral as departments and the bureau follow it: the firm, who referred it, how far the bureau got
 * and the firm's public outcome. Nothing of the firm's filings: a department learns no more than the
 * status, the tier once published to the firm, and whether the firm is verified and recognised.
 *
 * @param firmName      the firm's current name in the portal, which may differ from the name the department typed
 * @param tier          1, 2 or 3 while the status is {@code IN_POOL}: the tier published to the firm
 * @param declineReason the bureau's reason while the status is {@code DECLINED}
 * @param firmVerified  the firm's staff have claimed it and the bureau approved the claim
 * @param recognised    the firm holds a high-tech enterprise certificate valid today
 */
public record ReferralItem(String id, String enterpriseId, String firmName, String uscc, String department, String note,
                           String contact, Instant referredAt, ReferralStatus status, Integer tier,
                           String declineReason, Instant statusChangedAt, boolean firmVerified, boolean recognised) {

    /** @param firm the firm as stored now; {@code null} if it cannot be found, which shows as unverified */
    static ReferralItem of(Referral referral, Enterprise firm, LocalDate today) {
        return new ReferralItem(referral.id(), referral.enterpriseId(), firm == null ? null : firm.name(),
                referral.uscc(), referral.department(), referral.note(), referral.contact(), referral.referredAt(),
                referral.status(), referral.tier(), referral.declineReason(), referral.statusChangedAt(),
                firm != null && firm.verified(), recognised(firm, today));
    }

    static boolean recognised(Enterprise firm, LocalDate today) {
        HteCertificate certificate = firm == null ? null : firm.profile().hteCertificate();
        return certificate != null && certificate.issueDate() != null && !certificate.issueDate().isAfter(today)
                && !certificate.validUntil().isBefore(today);
    }
}
