package cn.baiyun.hte.referral;

/**
 * How far the bureau got with a referred firm, as the referring department follows it: received, contacted
 * by the bureau, then either in the pool (its tier shown once published to the firm) or declined with a
 * reason. Reviewers record contact and decline; a published tier puts the firm in the pool. A referral
 * stored before statuses existed has none and reads as {@link #RECEIVED}.
 */
public enum ReferralStatus {
    RECEIVED, CONTACTED, IN_POOL, DECLINED;

    /** The status of a stored referral, {@link #RECEIVED} for one stored without. */
    static ReferralStatus of(ReferralStatus stored) {
        return stored == null ? RECEIVED : stored;
    }
}
