package cn.baiyun.hte.assessment;

/** How a tech-based SME qualifies: by the score (第七条), directly (第八条), or not at all. */
public enum TechSmeRoute implements Coded {
    SCORE,
    DIRECT,
    NONE
}
