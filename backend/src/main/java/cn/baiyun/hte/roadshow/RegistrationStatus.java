package cn.baiyun.hte.roadshow;

/**
 * Where a firm's registration stands. {@code REQUESTED} lasts only while its seat is being counted (the
 * milliseconds between storing the registration and the seat ledger's answer, or until the reconciler
 * settles it after a crash); then a free seat makes it {@code CONFIRMED}, or {@code PENDING_APPROVAL}
 * (holding its seat) when the organisers approve sign-ups, and otherwise {@code WAITLISTED}. Organisers
 * approve a pending one (confirmed) or reject it ({@code REJECTED}, with a reason); the firm may cancel
 * ({@code CANCELLED}). Either stays on record: a firm registers once per event (issue 12), so a second sign-up,
 * after a rejection or cancellation too, is refused as a duplicate.
 */
public enum RegistrationStatus {
    REQUESTED,
    CONFIRMED,
    PENDING_APPROVAL,
    WAITLISTED,
    REJECTED,
    CANCELLED;

    /** Holds one of the event's seats. */
    public boolean holdsSeat() {
        return this == CONFIRMED || this == PENDING_APPROVAL;
    }

    /** Still taking part (or waiting to): not rejected, not cancelled. */
    public boolean active() {
        return this != REJECTED && this != CANCELLED;
    }
}
