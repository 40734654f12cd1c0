/**
 * The provincial recommendation list of a cycle's tier-1 firms: shown to the bureau, exported as XLSX
 * and CSV ({@code templates/recommendation}), and marked recommended on a day, on the cycle and on each
 * listed entry. Exposes the marking ({@link cn.baiyun.hte.pool.recommendation.RecommendationService}) only.
 */
package cn.baiyun.hte.pool.recommendation;
