/**
 * The district's subsidy schedule (Baiyun plan 三(六) 后补助, 四(二) 财政保障) and what it commits the district to
 * in a year. The schedule is configuration, one row per year and event (first recognition, re-recognition,
 * relocation, pool entry) with the amount per firm, an optional cap on the year's total for the event and the
 * document that sets it; reviewers edit it, audited; no amount lives in code.
 * {@link cn.baiyun.hte.subsidy.SubsidyOutlooks} computes a year's committed and expected amounts from the
 * schedule and the counts of the other features (rules in {@link cn.baiyun.hte.subsidy.EventCounts}). It depends
 * on {@code enterprise}, {@code pool}, {@code relocation} and {@code platform}.
 */
package cn.baiyun.hte.subsidy;
