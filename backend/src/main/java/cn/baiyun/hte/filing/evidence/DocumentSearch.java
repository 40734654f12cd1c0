package cn.baiyun.hte.filing.evidence;

import cn.baiyun.hte.platform.paging.PageSize;

/** Filters and paging of a firm's document list. */
record DocumentSearch(Integer fiscalYear, String ipAssetId, DocumentKind kind, Integer limit, String cursor) {

    static final PageSize PAGE_SIZE = new PageSize(50, 200);
}
