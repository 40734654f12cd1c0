/**
 * The firm's own check at any time: its latest filings assessed as of today by the current rules, and a
 * what-if projection of next year from the figures it types ({@code templates/selfcheck}). Reads only;
 * exposes nothing to the rest of the pool.
 */
package cn.baiyun.hte.pool.selfcheck;
