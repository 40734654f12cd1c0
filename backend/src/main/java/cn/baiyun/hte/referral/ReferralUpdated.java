package cn.baiyun.hte.referral;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cn.baiyun.hte.platform.events.DomainEvent;
import cn.baiyun.hte.platform.events.EventHeader;
import cn.baiyun.hte.platform.events.FieldChange;

/**
 * What the referring department's follow-up shows changed: the status (contacted, in the pool, declined),
 * the published tier, or the firm became verified (its staff's claim was approved). Carries the referral's
 * whole public outcome, so that a department's system (a webhook subscriber) needs no second call; never
 * anything of the firm's filings. The header names the referral (subject) and the firm.
 *
 * @param department     the referring department: only it (and the bureau) may be told
 * @param uscc           the firm's code, as the department knows the firm
 * @param previousStatus the status before the change
 * @param status         the status now
 * @param tier           1, 2 or 3 while {@link ReferralStatus#IN_POOL}: the tier published to the firm; else null
 * @param declineReason  the bureau's reason while {@link ReferralStatus#DECLINED}; else null
 * @param firmVerified   whether the firm is verified (claimed by its staff, the claim approved)
 */
public record ReferralUpdated(EventHeader header, String department, String uscc, ReferralStatus previousStatus,
                              ReferralStatus status, Integer tier, String declineReason, boolean firmVerified)
        implements DomainEvent {

    public static final String TYPE = "referral.updated";

    @Override
    public List<FieldChange> changes() {
        List<FieldChange> changes = new ArrayList<>();
        if (previousStatus != status) {
            changes.add(new FieldChange("referralStatus", Objects.toString(previousStatus, null), status.name()));
        }
        if (tier != null) {
            changes.add(new FieldChange("publishedTier", null, tier.toString()));
        }
        return changes;
    }

    @Override
    public String reason() {
        return declineReason;
    }
}
