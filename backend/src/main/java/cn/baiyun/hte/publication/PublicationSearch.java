package cn.baiyun.hte.publication;

import cn.baiyun.hte.platform.paging.PageSize;

/**
 * A search of the announcements or the policies: words of the title ({@code q}), a category (announcements) or
 * a tag (policies) in {@code topic}, a status (reviewers only; everyone else reads the published alone), and
 * the page.
 */
public record PublicationSearch(String q, String topic, PublicationStatus status, Integer limit, String cursor) {

    static final PageSize PAGE_SIZE = new PageSize(10, 50);
    static final int MAX_QUERY = 50;

    static PublicationSearch firstPage(int limit) {
        return new PublicationSearch(null, null, null, limit, null);
    }
}
