package cn.baiyun.hte.pool.board;

/** One page of a cycle's pool: the board's filters, the page size and where the previous page ended. */
record PoolSearch(int year, PoolFilter filter, Integer limit, String cursor) {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    static PoolSearch all(int year) {
        return new PoolSearch(year, PoolFilter.none(), null, null);
    }

    int effectiveLimit() {
        return limit == null ? DEFAULT_LIMIT : limit;
    }
}
