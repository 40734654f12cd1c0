package cn.baiyun.hte.roadshow;

import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The seats of one event, kept in the event's own document ({@link Roadshow}'s collection) so that every
 * decision about a seat is one atomic conditional update of one document: a seat is taken only by an update
 * whose filter still finds {@code freeSeats > 0}, a waitlist place only by one that finds none (or a
 * waitlist already formed), a firm only if it is in neither. No two writers can both win the last seat, on
 * the embedded server or a replica set, and no transaction is needed. Set up when the event is first
 * published.
 *
 * @param holders   the firms holding a seat (confirmed or pending approval), by firm id; a map, so that
 *                  one update can free one firm's seat and give it to another (different paths)
 * @param waitlist  the firms waiting, in the order they arrived; the first is promoted when a seat frees
 * @param freeSeats capacity less the holders; may be negative after organisers lowered the capacity below
 *                  the seats already taken (nobody loses a seat, nobody gets one until it is positive)
 * @param waitlisted the waitlist's length, kept with it, so that an update's answer tells a new firm its place
 *                  without carrying the whole list back
 * @param arrivals  how many sign-ups the ledger has answered, numbering each
 */
@Document(Roadshow.COLLECTION)
public record SeatLedger(@Id String id, Map<String, Holder> holders, List<Waiting> waitlist, int freeSeats,
                         int waitlisted, long arrivals) {

    public static final String HOLDERS = "holders";
    public static final String WAITLIST = "waitlist";
    public static final String FREE_SEATS = "freeSeats";
    public static final String WAITLISTED = "waitlisted";
    public static final String ARRIVALS = "arrivals";

    public SeatLedger {
        holders = holders == null ? Map.of() : Map.copyOf(holders);
        waitlist = waitlist == null ? List.of() : List.copyOf(waitlist);
    }

    /** A firm's seat. */
    public record Holder(String registrationId) {
    }

    /** A firm's place on the waitlist. */
    public record Waiting(String enterpriseId, String registrationId) {
    }

    /** The firm's place on the waitlist, from 1; 0 when it is not waiting. */
    public int position(String registrationId) {
        for (int i = 0; i < waitlist.size(); i++) {
            if (waitlist.get(i).registrationId().equals(registrationId)) {
                return i + 1;
            }
        }
        return 0;
    }

    public boolean holds(String enterpriseId, String registrationId) {
        Holder holder = holders.get(enterpriseId);
        return holder != null && holder.registrationId().equals(registrationId);
    }
}
