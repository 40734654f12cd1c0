package cn.baiyun.hte.referral;

import java.time.Instant;

import cn.baiyun.hte.platform.events.WithOutbox;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A partner department's referral of one firm into the pool, and how far the bureau got with it. A
 * department refers a firm once: the unique index on firm and department makes a second referral a
 * conflict, whoever sends it and however (one by one, or a row of an imported list).
 *
 * @param uscc            the firm's code, fixed for the firm's life: lists find the firm's name and verification by it
 * @param department      the referring department, taken from the officer's account, never from the request
 * @param contact         whom at the firm the bureau may call (name, phone), as the department gave it; optional
 * @param referredBy      the officer's (or integration client's) user id; kept for the bureau, shown to nobody else
 * @param status          {@code null} in referrals stored before statuses existed: read through {@link #status()}
 * @param tier            1, 2 or 3, the tier published to the firm, while {@link ReferralStatus#IN_POOL}
 * @param declineReason   the bureau's reason, while {@link ReferralStatus#DECLINED}
 * @param statusChangedAt when the status last changed; {@code null} while it is the first
 * @param firmVerifiedAt  when the firm's staff's claim was approved after the referral ({@code null} before,
 *                        and for a firm already verified when referred)
 */
@Document("referrals")
@WithOutbox
@CompoundIndex(name = "by_department", def = "{'department': 1, '_id': 1}")
@CompoundIndex(name = "by_firm", def = "{'enterpriseId': 1, 'department': 1}", unique = true)
public record Referral(@Id String id, String enterpriseId, String uscc, String department, String note,
                       String contact, String referredBy, Instant referredAt, ReferralStatus status, Integer tier,
                       String declineReason, Instant statusChangedAt, Instant firmVerifiedAt) {

    @PersistenceCreator
    public Referral {
    }

    /** A referral as first made: received. */
    public Referral(String id, String enterpriseId, String uscc, String department, String note, String referredBy,
                    Instant referredAt) {
        this(id, enterpriseId, uscc, department, note, null, referredBy, referredAt, ReferralStatus.RECEIVED, null,
                null, null, null);
    }

    @Override
    public ReferralStatus status() {
        return ReferralStatus.of(status);
    }
}
