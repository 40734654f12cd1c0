/**
 * Each person's home page, by role: a firm's next steps (a returned filing, feedback to acknowledge, the
 * open filing window, a pending claim, planned coaching visits and follow-ups, its roadshow registrations), the bureau's work queue
 * (claims, filings to review, overdue follow-ups, the cycle's deadlines), a department's referrals with
 * where each firm stands, the platform's state for its operator, and for everyone
 * the latest announcements. It only reads, through the public services of {@code enterprise}, {@code filing},
 * {@code coaching}, {@code referral}, {@code pool}, {@code roadshow}, {@code publication} and {@code platform},
 * and no module depends on it.
 */
package cn.baiyun.hte.home;
