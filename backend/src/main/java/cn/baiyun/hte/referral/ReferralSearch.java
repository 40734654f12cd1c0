package cn.baiyun.hte.referral;

/**
 * Which referrals to list; all optional. {@code cursor} is the {@code next} of the previous page.
 *
 * @param department only this department's referrals (reviewers; others read their own department's anyway)
 */
record ReferralSearch(String department, Integer limit, String cursor) {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    int effectiveLimit() {
        return limit == null ? DEFAULT_LIMIT : limit;
    }
}
