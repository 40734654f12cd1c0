package cn.baiyun.hte.assessment;

/**
 * District statistics figures.
 *
 * @param aboveDesignatedSizeRevenueTest industrial and main-business revenue of the last year ≥ 20,000,000
 *                                       (the 规上 revenue test); null for a non-industrial firm
 */
public record Indicators(Boolean aboveDesignatedSizeRevenueTest) {
}
