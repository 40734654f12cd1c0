package cn.baiyun.hte.referral;

/**
 * One department's referrals as the joint meeting (联席会议) reads them: how many it referred and where they
 * stand now, each referral counted once by its current status; in the pool by published tier; and how many of
 * the firms are verified and recognised as high-tech enterprises today.
 */
public record DepartmentCount(String department, long referred, long received, long contacted, long inPool,
                              long tier1, long tier2, long tier3, long declined, long verified, long recognised) {

    static DepartmentCount none(String department) {
        return new DepartmentCount(department, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** The count with one more referral in it. */
    DepartmentCount plus(ReferralItem item) {
        ReferralStatus status = item.status();
        Integer tier = status == ReferralStatus.IN_POOL ? item.tier() : null;
        return new DepartmentCount(department, referred + 1,
                received + (status == ReferralStatus.RECEIVED ? 1 : 0),
                contacted + (status == ReferralStatus.CONTACTED ? 1 : 0),
                inPool + (status == ReferralStatus.IN_POOL ? 1 : 0),
                tier1 + (Integer.valueOf(1).equals(tier) ? 1 : 0),
                tier2 + (Integer.valueOf(2).equals(tier) ? 1 : 0),
                tier3 + (Integer.valueOf(3).equals(tier) ? 1 : 0),
                declined + (status == ReferralStatus.DECLINED ? 1 : 0),
                verified + (item.firmVerified() ? 1 : 0),
                recognised + (item.recognised() ? 1 : 0));
    }
}
