package cn.baiyun.hte.chain;

/** The kinds of firm the Baiyun plan singles out for cultivation (三(四), 三(七)). */
public enum FirmFlag {
    /** 重点产业龙头企业: a firm that leads its chain. */
    LEADING,
    /** 上市企业. */
    LISTED,
    /** 拟上市企业: preparing a listing. */
    LISTING_CANDIDATE
}
