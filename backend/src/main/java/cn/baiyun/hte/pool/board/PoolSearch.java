package cn.baiyun.hte.pool.board;

import cn.baiyun.hte.platform.paging.PageSize;

/** One page of a cycle's pool: the board's filters, the page size and where the previous page ended. */
record PoolSearch(int year, PoolFilter filter, Integer limit, String cursor) {

    static final PageSize PAGE_SIZE = new PageSize(50, 200);

    static PoolSearch all(int year) {
        return new PoolSearch(year, PoolFilter.none(), null, null);
    }
}
