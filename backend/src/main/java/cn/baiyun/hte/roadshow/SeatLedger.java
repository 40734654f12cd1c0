package cn.baiyun.hte.roadshow;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The seats of one event as counters in the event's own document ({@link Roadshow}'s collection), so that every
 * decision about a seat is one atomic conditional update of one document that stays a few dozen bytes whatever
 * the demand: a seat is taken only by an update whose filter still finds {@code freeSeats > 0}, a waitlist place
 * only by one that finds none (or a waitlist already formed). No two writers can both win the last seat, on the
 * embedded server or a replica set, and no transaction is needed. Each firm's place lives on its
 * {@link Registration}: its arrival number and its status (seated or waitlisted); the waitlist is the event's
 * {@code WAITLISTED} registrations in arrival order. Set up when the event is first published.
 *
 * <p>A change of a counter and the registration's own write are two steps. So that a crash between them can be
 * repaired without counting twice, the counter's update also notes what it did for which registration (a
 * <em>claim</em>, in {@code taking}, {@code releasing} or {@code promoting}, keyed by the registration's id), and
 * the claim is removed once the registration carries the change: the {@link SeatReconciler} finishes from the
 * claims what a crash left, and a repeated step finds its claim and does not count again. Claims exist only for
 * the changes in flight, so they keep the document small too.
 *
 * @param freeSeats  capacity less the seats taken; may be negative after organisers lowered the capacity below
 *                   the seats already taken (nobody loses a seat, nobody gets one until it is positive)
 * @param waitlisted how many firms wait: the waitlist's length, which also tells a new firm its place
 * @param arrivals   how many sign-ups were counted, numbering each (the waitlist's order)
 * @param taking     sign-ups counted whose registration does not yet say so, by registration id
 * @param releasing  seats or waitlist places let go whose registration does not yet say so, by registration id
 * @param promoting  waiting firms given a seat whose registration does not yet say so, by registration id
 */
@Document(Roadshow.COLLECTION)
public record SeatLedger(@Id String id, int freeSeats, int waitlisted, long arrivals, Map<String, Taking> taking,
                         Map<String, Instant> releasing, Map<String, Instant> promoting) {

    public static final String FREE_SEATS = "freeSeats";
    public static final String WAITLISTED = "waitlisted";
    public static final String ARRIVALS = "arrivals";
    public static final String TAKING = "taking";
    public static final String RELEASING = "releasing";
    public static final String PROMOTING = "promoting";

    public SeatLedger {
        taking = taking == null ? Map.of() : Map.copyOf(taking);
        releasing = releasing == null ? Map.of() : Map.copyOf(releasing);
        promoting = promoting == null ? Map.of() : Map.copyOf(promoting);
    }

    /** A sign-up counted: a seat ({@code seat}) or a waitlist place, at {@code at}. */
    public record Taking(boolean seat, Instant at) {
    }

    /** No change is in flight (or left by a crash). */
    public boolean settled() {
        return taking.isEmpty() && releasing.isEmpty() && promoting.isEmpty();
    }
}
