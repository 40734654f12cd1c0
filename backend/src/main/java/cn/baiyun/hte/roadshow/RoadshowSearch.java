package cn.baiyun.hte.roadshow;

import cn.baiyun.hte.platform.paging.PageSize;

/**
 * A filter over events, upcoming first (then past ones, latest first).
 *
 * @param theme          events naming this theme
 * @param technicalField events of this catalogue field (or one below it)
 * @param month          events starting in this month, {@code yyyy-MM}, Asia/Shanghai
 * @param cursor         the {@code next} of the previous page
 */
public record RoadshowSearch(String theme, String technicalField, String month, Integer limit, String cursor) {

    public static final PageSize PAGE_SIZE = new PageSize(20, 100);

    public static RoadshowSearch all() {
        return new RoadshowSearch(null, null, null, null, null);
    }
}
