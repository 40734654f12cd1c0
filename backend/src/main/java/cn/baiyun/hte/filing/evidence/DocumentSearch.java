package cn.baiyun.hte.filing.evidence;

/** Filters and paging of a firm's document list. */
record DocumentSearch(Integer fiscalYear, String ipAssetId, DocumentKind kind, Integer limit, String cursor) {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    int effectiveLimit() {
        return limit == null ? DEFAULT_LIMIT : limit;
    }
}
