package cn.baiyun.hte.roadshow;

import java.time.Instant;
import java.util.List;

import cn.baiyun.hte.platform.events.WithOutbox;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A firm's registration for an event: once per firm and event (unique index), whoever of the firm's members
 * signs up. Its seat is counted on the event's {@link SeatLedger}; this document holds the firm's place (its
 * arrival number and its status, seated or waitlisted), and the {@link SeatReconciler} finishes from the ledger's
 * claims what a crash left between the two.
 *
 * @param uscc          the firm's code, fixed for the firm's life: organisers' lists find the firm's name by it
 * @param pitch         the firm's pitch at a roadshow; null for a training
 * @param deck          the uploaded pitch deck, null until one is uploaded
 * @param checkInCode   the short code the firm shows at the door (also as a QR code), unique within the event
 * @param decisionReason the organisers' reason for approving or rejecting
 * @param arrival       the sign-up's number in the ledger's order of arrival (0 while {@code REQUESTED}): the
 *                      waitlist's order
 * @param seatReleased  false from a cancellation or rejection until the ledger has let the seat (or waitlist
 *                      place) go: the reconciler finishes what a crash interrupted
 * @param releasedFrom  the status a cancellation or rejection ended, so that the seat, or the waitlist place, is
 *                      what the ledger lets go; null while the registration takes part
 * @param reminded      the reminder the day before was sent (set with its event)
 * @param toldRound     the event's {@link Roadshow#noticeRound()} this firm has been told of
 */
@Document(Registration.COLLECTION)
@WithOutbox
@CompoundIndex(name = "by_event_firm", def = "{'roadshowId': 1, 'enterpriseId': 1}", unique = true)
@CompoundIndex(name = "by_event_code", def = "{'roadshowId': 1, 'checkInCode': 1}", unique = true)
@CompoundIndex(name = "by_firm", def = "{'enterpriseId': 1, '_id': 1}")
@CompoundIndex(name = "by_status", def = "{'status': 1, 'updatedAt': 1}")
@CompoundIndex(name = "by_event_status_arrival", def = "{'roadshowId': 1, 'status': 1, 'arrival': 1}")
public record Registration(@Id String id, String roadshowId, String enterpriseId, String uscc, RegistrationStatus status,
                           Pitch pitch, List<Attendee> attendees, boolean consentToShareContacts, PitchDeck deck,
                           String checkInCode, Instant checkedInAt, String checkedInBy, Outcome outcome,
                           String decisionReason, long arrival, boolean seatReleased,
                           RegistrationStatus releasedFrom, boolean reminded, int toldRound,
                           String registeredBy, Instant registeredAt, Instant updatedAt, @Version Long version) {

    public static final String COLLECTION = "registrations";

    public Registration {
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
    }

    public boolean checkedIn() {
        return checkedInAt != null;
    }
}
