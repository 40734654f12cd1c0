package cn.baiyun.hte.assessment;

/** The registration age closes by itself within a year. */
public record AgeGap(boolean slight, long daysToGo, String limit) {
}
