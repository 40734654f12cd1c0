/**
 * What a firm reads of its published entries: the tier feedback of each year, every condition with its
 * value, threshold and gap in plain words ({@code templates/feedback}), and the firm's acknowledgement.
 * Exposes {@link cn.baiyun.hte.pool.feedback.StoredResults} (an entry's full result, recomputed from its
 * snapshot) and {@link cn.baiyun.hte.pool.feedback.ResultExplanation} to the board, the self-check and the
 * recommendation list.
 */
package cn.baiyun.hte.pool.feedback;
