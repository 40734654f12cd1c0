package cn.baiyun.hte.enterprise;

import cn.baiyun.hte.platform.paging.PageSize;

/**
 * Filters of the firm list; all optional. {@code cursor} is the {@code next} of the previous page.
 *
 * @param namePrefix     the start of the firm's name, case-insensitive
 * @param uscc           the exact unified social credit code
 * @param technicalField a catalogue code; matches firms in that field or below it
 * @param stage          the lifecycle stage
 * @param verified       only verified (true) or only unverified (false) firms
 */
public record EnterpriseSearch(String namePrefix, String uscc, String technicalField, LifecycleStage stage,
                               Boolean verified, Integer limit, String cursor) {

    static final PageSize PAGE_SIZE = new PageSize(20, 100);
}
