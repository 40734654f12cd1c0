package cn.baiyun.hte.roadshow;

/** The financing round a firm pitches for (融资阶段). */
public enum FundingStage {
    SEED,
    ANGEL,
    PRE_A,
    SERIES_A,
    SERIES_B,
    SERIES_C_OR_LATER,
    PRE_IPO
}
