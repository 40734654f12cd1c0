package cn.baiyun.hte.coaching;

import java.time.LocalDate;

import cn.baiyun.hte.platform.paging.PageSize;

/**
 * The reviewers' filters of follow-ups across firms; all optional. {@code cursor} is the {@code next} of
 * the previous page.
 *
 * @param dueBefore only follow-ups due strictly before this day
 */
record FollowUpSearch(LocalDate dueBefore, FollowUpStatus status, Integer limit, String cursor) {

    static final PageSize PAGE_SIZE = new PageSize(50, 200);
}
