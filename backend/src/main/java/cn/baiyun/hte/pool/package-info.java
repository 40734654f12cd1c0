/**
 * The three-tier cultivation pool: annual cycles and their deadlines (settled by 30 April, tier 1
 * recommended to the province by 25 May), the assessment runs over every verified firm, tier decisions and
 * their publication as feedback to firms, the firms' self-check and the provincial recommendation list, one
 * topic per sub-package. Other modules (the demo data among them) use its public services, the home pages its
 * {@link cn.baiyun.hte.pool.PoolOverview}; its board and
 * feedback pages are its own. It reads firms, filings, portfolios, coaching topics and referrals only through
 * those features' public services and types, and changes none of their data. What happens to the pool is
 * told as the events in this package ({@code TierDecided}, {@code TierPublished}, {@code FeedbackAcknowledged},
 * {@code CycleChanged}), stored with each change.
 */
package cn.baiyun.hte.pool;
