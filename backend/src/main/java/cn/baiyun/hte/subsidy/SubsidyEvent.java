package cn.baiyun.hte.subsidy;

/** What the district pays a firm a subsidy for. */
public enum SubsidyEvent {
    /** A firm recognised as HTE for the first time (首次认定). */
    FIRST_RECOGNITION,
    /** An HTE recognised again when its three years end (重新认定). */
    RE_RECOGNITION,
    /** An HTE moving into the district (整体搬迁落户). */
    RELOCATION,
    /** A firm entering the cultivation pool (入库培育). */
    POOL_ENTRY
}
