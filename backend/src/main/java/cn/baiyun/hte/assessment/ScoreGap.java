package cn.baiyun.hte.assessment;

/** The score is a slight gap when next year's projection (pending IP granted) is close enough to the pass mark. */
public record ScoreGap(boolean slight, int nextYearProjectedScore, String limit) {
}
