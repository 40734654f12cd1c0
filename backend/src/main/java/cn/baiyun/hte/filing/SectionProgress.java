package cn.baiyun.hte.filing;

/** A section's state in the filing's task list. */
public enum SectionProgress {
    NOT_STARTED, IN_PROGRESS, COMPLETED, RETURNED
}
