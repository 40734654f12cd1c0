package cn.baiyun.hte.referral;

import java.time.Instant;

import cn.baiyun.hte.enterprise.Enterprise;

/**
 * A referral as departments and the bureau follow it: the firm, who referred it and whether the firm
 * has since been verified, i.e. claimed by its staff and the claim approved by the bureau.
 *
 * @param firmName the firm's current name in the portal, which may differ from the name the department typed
 */
public record ReferralItem(String id, String enterpriseId, String firmName, String uscc, String department, String note,
                           Instant referredAt, boolean firmVerified) {

    /** @param firm the firm as stored now; {@code null} if it cannot be found, which shows as unverified */
    static ReferralItem of(Referral referral, Enterprise firm) {
        return new ReferralItem(referral.id(), referral.enterpriseId(), firm == null ? null : firm.name(),
                referral.uscc(), referral.department(), referral.note(), referral.referredAt(),
                firm != null && firm.verified());
    }
}
