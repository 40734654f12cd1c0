package cn.baiyun.hte.filing;

/** Where a filing is in its review: the firm edits drafts and returned sections; accepted ones are locked. */
public enum FilingStatus {
    DRAFT, SUBMITTED, RETURNED, ACCEPTED;

    /** Whether documents linked to a filing in this state may still be deleted. */
    public boolean isDraft() {
        return this == DRAFT;
    }
}
