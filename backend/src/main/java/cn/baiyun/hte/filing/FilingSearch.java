package cn.baiyun.hte.filing;

import cn.baiyun.hte.platform.paging.PageSize;

/**
 * The reviewers' filters of the filing list; all optional. {@code cursor} is the {@code next} of the
 * previous page.
 *
 * @param technicalField a catalogue code; matches firms in that field or below it
 */
public record FilingSearch(Integer fiscalYear, FilingStatus status, String technicalField, String enterpriseId,
                           Integer limit, String cursor) {

    static final PageSize PAGE_SIZE = new PageSize(20, 100);
}
