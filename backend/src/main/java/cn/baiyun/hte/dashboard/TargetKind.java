package cn.baiyun.hte.dashboard;

/** The plan's three targets, in the order the plan names them. */
public enum TargetKind {
    /** Firms holding a valid HTE certificate. */
    HTE_FIRMS,
    /** Of them, above designated size. */
    ABOVE_SIZE_HTE_FIRMS,
    /** Valid 专精特新 firms that are HTEs, over valid 专精特新 firms. */
    SPECIALISED_SHARE;

    /** The message key stem of its name and texts, e.g. {@code dashboard.target.HTE_FIRMS}. */
    public String key() {
        return "dashboard.target." + name();
    }

    public boolean share() {
        return this == SPECIALISED_SHARE;
    }
}
