package cn.baiyun.hte.roadshow;

/**
 * An event's seats now.
 *
 * @param taken      confirmed and pending registrations
 * @param waitlisted firms on the waitlist
 */
public record Seats(int capacity, int taken, int waitlisted) {

    public int free() {
        return Math.max(0, capacity - taken);
    }
}
