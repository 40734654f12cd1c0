package cn.baiyun.hte.assessment;

/** How far an R&D-management sub-item is met: full scores its maximum, partial half of it rounded down. */
public enum RdManagementLevel implements Coded {
    FULL,
    PARTIAL,
    NONE
}
