package cn.baiyun.hte.referral;

import cn.baiyun.hte.platform.paging.PageSize;

/**
 * Which referrals to list; all optional. {@code cursor} is the {@code next} of the previous page.
 *
 * @param department only this department's referrals (reviewers; others read their own department's anyway)
 */
record ReferralSearch(String department, Integer limit, String cursor) {

    static final PageSize PAGE_SIZE = new PageSize(20, 100);
}
