/**
 * Partner departments' referrals of firms into the cultivation pool (工信局, 大数据局, 发改局, 商促局 …):
 * a department refers a firm once, by its unified social credit code, one by one or as an imported CSV/XLSX list
 * (streamed row by row into an import job with its per-row report), and a firm the portal does not know yet is
 * listed unverified until its staff claim it. The referring department is always the caller's own (an
 * officer's account attribute or an integration client's {@code department} claim), never named in a
 * request; officers and department systems read their own department's referrals and their public outcome
 * (status, the tier once published, verified, recognised), never the firm's filings; reviewers read all, record
 * contact or decline, and count them per department for the joint meeting; firm users see none. A referral moves
 * RECEIVED → CONTACTED → IN_POOL or DECLINED; IN_POOL is set by the pool when it publishes a tier
 * ({@link cn.baiyun.hte.referral.ReferralService#tierPublished}), and an approved claim marks the firm verified.
 * Each change is told as {@link cn.baiyun.hte.referral.ReferralUpdated}. Others ask
 * {@link cn.baiyun.hte.referral.ReferralService} which firms a department referred (the pool board's filter).
 * It depends only on {@code enterprise} and {@code platform}.
 */
package cn.baiyun.hte.referral;
