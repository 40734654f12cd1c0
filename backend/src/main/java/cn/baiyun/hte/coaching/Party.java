package cn.baiyun.hte.coaching;

/** Who took on a follow-up: the firm or the bureau. */
public enum Party {
    FIRM, BUREAU
}
