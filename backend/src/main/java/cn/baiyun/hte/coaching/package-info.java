/**
 * Face-to-face service visits (千企面对面) of the bureau to a firm: who met, the coaching topics of the
 * firm's tier focus, what was said, and the follow-ups each side took on. Reviewers plan, log and edit
 * visits; a firm's approved members read them and may close the follow-ups that are theirs. Others use
 * {@link cn.baiyun.hte.coaching.CoachingService} and {@link cn.baiyun.hte.coaching.CoachingTopic} (the pool
 * shows each tier's coaching focus). It depends only on {@code enterprise} and {@code platform}.
 */
package cn.baiyun.hte.coaching;
