package cn.baiyun.hte.pool;

import cn.baiyun.hte.assessment.TierResult;

/** The filters of a cycle's pool; all but the year optional. */
record PoolSearch(int year, TierResult proposedTier, PoolEntry.Outcome outcome, Integer limit, String cursor) {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    static PoolSearch all(int year) {
        return new PoolSearch(year, null, null, null, null);
    }

    int effectiveLimit() {
        return limit == null ? DEFAULT_LIMIT : limit;
    }
}
