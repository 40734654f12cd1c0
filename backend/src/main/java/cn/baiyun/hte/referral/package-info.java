/**
 * Partner departments' referrals of firms into the cultivation pool (工信局, 大数据局, 发改局, 商促局 …):
 * a department refers a firm once, by its unified social credit code, and a firm the portal does not know yet
 * is listed unverified until its staff claim it. The referring department is always the caller's own (an
 * officer's account attribute or an integration client's {@code department} claim), never named in a
 * request; officers and department systems read their own department's referrals, reviewers read all, firm
 * users none. Others ask {@link cn.baiyun.hte.referral.ReferralService} which firms a department referred
 * (the pool board's filter). It depends only on {@code enterprise} and {@code platform}.
 */
package cn.baiyun.hte.referral;
