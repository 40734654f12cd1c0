package cn.baiyun.hte.roadshow;

/**
 * An event's life: organisers prepare a {@code DRAFT} (seen by organisers only), {@code PUBLISHED} makes it
 * public and open for sign-up within its registration window, {@code CLOSED} stops sign-ups and edits
 * (cancelling and check-in go on), {@code COMPLETED} after it took place (outcomes recorded), or
 * {@code CANCELLED} at any point before completion, when every registered firm is told.
 */
public enum RoadshowStatus {
    DRAFT,
    PUBLISHED,
    CLOSED,
    COMPLETED,
    CANCELLED;

    /** Seen by everyone, signed in or not. */
    public boolean isPublic() {
        return this != DRAFT;
    }
}
