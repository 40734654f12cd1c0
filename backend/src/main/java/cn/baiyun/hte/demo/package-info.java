/**
 * The demo data of the run command: the README's firms (two approved firms with filings, portfolios,
 * documents, a coaching visit and a department's referral, and a pending claim) and a pool of generated
 * Baiyun firms referred by several partner departments, in every tier, outside the pool and short of data.
 * Its years follow the clock: last cycle assessed, decided (some tiers overridden with reasons), published
 * and recommended; the coming cycle open with its deadlines ahead. When the portal listens on a port, the admin's
 * webhook subscription to the portal's own demo receiver ({@code /demo/webhook-inbox}, which verifies each
 * signature), with the referrals' follow-up as its first deliveries. Everything is made through the features'
 * public services, so it obeys their rules and leaves the same events and audit trail. Nothing here runs
 * unless demo data is asked for ({@code HTE_DEMO_DATA=true}), and no module depends on it.
 */
package cn.baiyun.hte.demo;
