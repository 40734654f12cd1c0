package cn.baiyun.hte.coaching;

import java.time.LocalDate;

/**
 * The reviewers' filters of follow-ups across firms; all optional. {@code cursor} is the {@code next} of
 * the previous page.
 *
 * @param dueBefore only follow-ups due strictly before this day
 */
record FollowUpSearch(LocalDate dueBefore, FollowUpStatus status, Integer limit, String cursor) {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    int effectiveLimit() {
        return limit == null ? DEFAULT_LIMIT : limit;
    }
}
