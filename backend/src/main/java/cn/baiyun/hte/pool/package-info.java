/**
 * The three-tier cultivation pool: annual cycles with their deadlines (settled by 30 April, tier 1
 * recommended to the province by 25 May), the assessment runs, tier decisions and feedback to firms.
 */
package cn.baiyun.hte.pool;
