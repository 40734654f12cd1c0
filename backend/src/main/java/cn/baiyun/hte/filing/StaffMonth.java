package cn.baiyun.hte.filing;

/**
 * Head counts at the beginning and end of one month, after the 183-day rule has been applied to each
 * person (hte-rules.md §2 C4).
 */
public record StaffMonth(Integer month, Integer totalBegin, Integer totalEnd, Integer scienceAndTechnologyBegin,
                         Integer scienceAndTechnologyEnd) {
}
