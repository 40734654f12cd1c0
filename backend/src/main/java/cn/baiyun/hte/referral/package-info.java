/**
 * Partner departments (工信局, 大数据局, 发改局, 商促局 …) refer firms into the cultivation pool and follow
 * their referrals; the pool board filters by the referring department.
 */
package cn.baiyun.hte.referral;
