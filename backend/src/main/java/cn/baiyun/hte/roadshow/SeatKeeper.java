package cn.baiyun.hte.roadshow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import cn.baiyun.hte.platform.error.PortalException;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.query.BasicQuery;
import org.springframework.data.mongodb.core.query.BasicUpdate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The only writer of {@link SeatLedger}s. Each change of a counter is one {@code findAndModify} of the event's
 * document whose filter states what must still be true for it to be right, so concurrent writers are serialized
 * by the database itself and a writer whose premise no longer holds matches nothing and tries again with fresh
 * facts:
 * <ul>
 * <li>a seat: only while {@code freeSeats > 0} and nobody waits (a waiting firm comes first);</li>
 * <li>a waitlist place: only while no seat is free or others already wait;</li>
 * <li>either only while the event is published and its registration window open;</li>
 * <li>a promotion: only while a seat is free, someone waits and the event has not started (nobody is promoted
 * into an event that is under way).</li>
 * </ul>
 * Each also notes its claim (see {@link SeatLedger}) and matches only while the registration has no such claim,
 * so that repeating a step after a crash never counts twice. Raw BSON documents, so that the filters read exactly
 * as the database evaluates them.
 */
@Component
class SeatKeeper {

    /** Rounds a sign-up tries when concurrent changes keep moving the counters under it (a handful at most). */
    private static final int ATTEMPTS = 50;
    private static final FindAndModifyOptions RETURN_NEW = FindAndModifyOptions.options().returnNew(true);

    /** Where a sign-up landed: its status, its number in the order of arrival (0: not known) and its waitlist place. */
    record Seated(RegistrationStatus status, long arrival, int position) {
    }

    /**
     * An event as a sign-up reads it, and whether a newcomer would have waited when it was read (no seat free,
     * or firms already waiting): {@link #take} then tries the waitlist first, which saves the bound-to-fail
     * update of the event's document, the one every sign-up queues for, when the seats are gone.
     */
    record Sighted(Roadshow roadshow, boolean looksFull) {
    }

    private final ReactiveMongoTemplate mongo;
    /** What {@link #sight} reads: the event's own fields and the two counters, not the claims in flight. */
    private final List<String> sightedFields;

    SeatKeeper(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
        List<String> fields = new ArrayList<>(List.of(SeatLedger.FREE_SEATS, SeatLedger.WAITLISTED));
        mongo.getConverter().getMappingContext().getRequiredPersistentEntity(Roadshow.class)
                .doWithProperties((MongoPersistentProperty property) -> fields.add(property.getFieldName()));
        this.sightedFields = List.copyOf(fields);
    }

    /** Sets up the counters with all seats free, when the event is first published. */
    static Document initial(int capacity) {
        return new Document(SeatLedger.FREE_SEATS, capacity).append(SeatLedger.WAITLISTED, 0)
                .append(SeatLedger.ARRIVALS, 0L);
    }

    /** The event's document as a sign-up needs it, without the claims in flight; empty when there is no such event. */
    Mono<Sighted> sight(String roadshowId) {
        Query query = Query.query(Criteria.where("_id").is(new ObjectId(roadshowId)));
        sightedFields.forEach(query.fields()::include);
        return mongo.findOne(query, Document.class, Roadshow.COLLECTION).map(document -> new Sighted(
                mongo.getConverter().read(Roadshow.class, document),
                document.getInteger(SeatLedger.FREE_SEATS, 1) <= 0 || document.getInteger(SeatLedger.WAITLISTED, 0) > 0));
    }

    /**
     * Counts a seat or a waitlist place for the registration, numbered in the order of arrival. Asked again for
     * a registration already counted (the reconciler after a crash), it answers from the claim, with the number
     * unknown (0). 409 when registration is not open.
     */
    Mono<Seated> take(Roadshow roadshow, String registrationId, Instant now, boolean looksFull) {
        return take(roadshow, registrationId, now, looksFull, 1);
    }

    private Mono<Seated> take(Roadshow roadshow, String registrationId, Instant now, boolean looksFull, int attempt) {
        RegistrationStatus seated = seatedStatus(roadshow);
        String claim = SeatLedger.TAKING + "." + registrationId;
        Document seat = open(roadshow, now).append(claim, new Document("$exists", false))
                .append(SeatLedger.FREE_SEATS, new Document("$gt", 0))
                .append(SeatLedger.WAITLISTED, new Document("$lte", 0));
        Document takeSeat = new Document("$inc", new Document(SeatLedger.FREE_SEATS, -1).append(SeatLedger.ARRIVALS, 1))
                .append("$set", new Document(claim, taking(true, now)));
        Document wait = open(roadshow, now).append(claim, new Document("$exists", false))
                .append("$or", List.of(new Document(SeatLedger.FREE_SEATS, new Document("$lte", 0)),
                        new Document(SeatLedger.WAITLISTED, new Document("$gt", 0))));
        Document joinWaitlist = new Document("$inc", new Document(SeatLedger.WAITLISTED, 1).append(SeatLedger.ARRIVALS, 1))
                .append("$set", new Document(claim, taking(false, now)));
        // The two filters exclude each other, so either order is right; the likelier one first saves an update.
        Mono<Seated> seatTaken = Mono.defer(() -> modify(seat, takeSeat)
                .map(ledger -> new Seated(seated, ledger.arrivals(), 0)));
        Mono<Seated> waiting = Mono.defer(() -> modify(wait, joinWaitlist)
                .map(ledger -> new Seated(RegistrationStatus.WAITLISTED, ledger.arrivals(), ledger.waitlisted())));
        return (looksFull ? waiting.switchIfEmpty(seatTaken) : seatTaken.switchIfEmpty(waiting))
                .switchIfEmpty(Mono.defer(() -> refusedOrRetried(roadshow, registrationId, now, attempt)));
    }

    /** Neither update matched: the registration was counted already, or registration shut, or the counters moved. */
    private Mono<Seated> refusedOrRetried(Roadshow roadshow, String registrationId, Instant now, int attempt) {
        return Mono.zip(ledger(roadshow.id()), mongo.findById(roadshow.id(), Roadshow.class)).flatMap(found -> {
            SeatLedger ledger = found.getT1();
            Roadshow current = found.getT2();
            SeatLedger.Taking counted = ledger.taking().get(registrationId);
            if (counted != null) {
                return Mono.just(new Seated(counted.seat() ? seatedStatus(current) : RegistrationStatus.WAITLISTED, 0, 0));
            }
            if (!current.registrationOpen(now)) {
                return Mono.error(PortalException.conflict("roadshow.registration.closed"));
            }
            if (attempt >= ATTEMPTS) {
                return Mono.error(new IllegalStateException("Seat counters of " + roadshow.id() + " kept moving"));
            }
            return take(current, registrationId, now, ledger.freeSeats() <= 0 || ledger.waitlisted() > 0, attempt + 1);
        });
    }

    /**
     * Lets the registration's seat ({@code seat}) or waitlist place go, once: a second call (the reconciler after
     * a crash) finds the claim and counts nothing. A freed seat is left for a promotion.
     */
    Mono<Void> release(String roadshowId, String registrationId, boolean seat, Instant now) {
        String claim = SeatLedger.RELEASING + "." + registrationId;
        Document notYet = new Document("_id", new ObjectId(roadshowId)).append(claim, new Document("$exists", false));
        Document letGo = new Document("$inc", seat ? new Document(SeatLedger.FREE_SEATS, 1)
                : new Document(SeatLedger.WAITLISTED, -1))
                .append("$set", new Document(claim, Date.from(now)));
        return modify(notYet, letGo).then();
    }

    /**
     * Gives a free seat to the waiting registration (the first in line, which the caller found), if a seat is
     * free, someone waits and the event has not started; false if not.
     */
    Mono<Boolean> promote(String roadshowId, String registrationId, Instant now) {
        String claim = SeatLedger.PROMOTING + "." + registrationId;
        Document seatFree = new Document("_id", new ObjectId(roadshowId))
                .append(SeatLedger.FREE_SEATS, new Document("$gt", 0))
                .append(SeatLedger.WAITLISTED, new Document("$gt", 0))
                .append(claim, new Document("$exists", false))
                .append("status", new Document("$in", List.of(RoadshowStatus.PUBLISHED.name(),
                        RoadshowStatus.CLOSED.name())))
                .append("startsAt", new Document("$gt", Date.from(now)));
        Document promote = new Document("$inc", new Document(SeatLedger.WAITLISTED, -1).append(SeatLedger.FREE_SEATS, -1))
                .append("$set", new Document(claim, Date.from(now)));
        return modify(seatFree, promote).hasElement();
    }

    /**
     * Takes back a promotion whose registration stopped waiting before it was recorded (cancelled or rejected
     * meanwhile): the seat is free again and the place counted as waiting again, which the cancellation's own
     * release takes off. Once only: it needs the claim.
     */
    Mono<Void> unpromote(String roadshowId, String registrationId) {
        String claim = SeatLedger.PROMOTING + "." + registrationId;
        Document claimed = new Document("_id", new ObjectId(roadshowId)).append(claim, new Document("$exists", true));
        Document undo = new Document("$inc", new Document(SeatLedger.WAITLISTED, 1).append(SeatLedger.FREE_SEATS, 1))
                .append("$unset", new Document(claim, ""));
        return modify(claimed, undo).then();
    }

    /** Forgets a claim once the registration carries the change (the {@code claims} field's name, the id). */
    Mono<Void> settled(String roadshowId, String claims, String registrationId) {
        return settled(roadshowId, claims, List.of(registrationId));
    }

    /** Forgets claims of the same kind whose registrations all carry their changes, in one update. */
    Mono<Void> settled(String roadshowId, String claims, List<String> registrationIds) {
        Document unset = new Document();
        registrationIds.forEach(id -> unset.append(claims + "." + id, ""));
        return mongo.updateFirst(new BasicQuery(new Document("_id", new ObjectId(roadshowId))),
                new BasicUpdate(new Document("$unset", unset)), Roadshow.COLLECTION).then();
    }

    /** The event's counters and claims; empty for a draft, which has none yet. */
    Mono<SeatLedger> ledger(String roadshowId) {
        return mongo.findOne(new BasicQuery(new Document("_id", new ObjectId(roadshowId))
                .append(SeatLedger.FREE_SEATS, new Document("$exists", true))), SeatLedger.class);
    }

    private Mono<SeatLedger> modify(Document filter, Document update) {
        BasicQuery query = new BasicQuery(filter);
        query.fields().include(SeatLedger.FREE_SEATS, SeatLedger.WAITLISTED, SeatLedger.ARRIVALS);
        return mongo.findAndModify(query, new BasicUpdate(update), RETURN_NEW, SeatLedger.class);
    }

    static RegistrationStatus seatedStatus(Roadshow roadshow) {
        return roadshow.approvalRequired() ? RegistrationStatus.PENDING_APPROVAL : RegistrationStatus.CONFIRMED;
    }

    private static Document taking(boolean seat, Instant now) {
        return new Document("seat", seat).append("at", Date.from(now));
    }

    private static Document open(Roadshow roadshow, Instant now) {
        return new Document("_id", new ObjectId(roadshow.id()))
                .append("status", RoadshowStatus.PUBLISHED.name())
                .append("registrationOpensAt", new Document("$lte", Date.from(now)))
                .append("registrationClosesAt", new Document("$gt", Date.from(now)));
    }
}
