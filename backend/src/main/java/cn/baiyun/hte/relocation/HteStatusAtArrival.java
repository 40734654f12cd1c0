package cn.baiyun.hte.relocation;

/** Where the firm stood with HTE recognition when it moved in. */
public enum HteStatusAtArrival {
    /** It held a valid HTE certificate (recognised elsewhere; the recognition moves with it). */
    CERTIFIED,
    /** Its certificate had lapsed or was about to: re-recognition due in the district. */
    EXPIRING,
    /** Not an HTE yet: a candidate for first recognition. */
    NOT_CERTIFIED
}
