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
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The only writer of {@link SeatLedger}s. Each decision is one {@code findAndModify} of the event's document
 * whose filter states what must still be true for the decision to be right, so concurrent writers are
 * serialized by the database itself and a writer whose premise no longer holds matches nothing and tries
 * again with fresh facts:
 * <ul>
 * <li>a seat: only while {@code freeSeats > 0} and nobody waits (a waiting firm comes first);</li>
 * <li>a waitlist place: only while no seat is free or others already wait, and the list is not full;</li>
 * <li>either only while the firm is in neither, the event published and its registration window open;</li>
 * <li>a promotion: only while a seat is free, the head of the list is the firm read, and the event has not
 * started (nobody is promoted into an event that is under way).</li>
 * </ul>
 * Raw BSON documents, so that the filters read exactly as the database evaluates them.
 */
@Component
class SeatKeeper {

    /** Keeps the event's document small (about 60 bytes a place) whatever the demand. */
    static final int MAX_WAITLIST = 5000;
    /** Rounds a sign-up tries when concurrent changes keep moving the ledger under it (a handful at most). */
    private static final int ATTEMPTS = 50;
    private static final FindAndModifyOptions RETURN_NEW = FindAndModifyOptions.options().returnNew(true);

    /** Where a sign-up landed: its status, its number in the order of arrival and its waitlist place (or 0). */
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
    /** What {@link #sight} reads: the event's own fields and the ledger's two counts. */
    private final List<String> sightedFields;

    SeatKeeper(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
        List<String> fields = new ArrayList<>(List.of(SeatLedger.FREE_SEATS, SeatLedger.WAITLISTED));
        mongo.getConverter().getMappingContext().getRequiredPersistentEntity(Roadshow.class)
                .doWithProperties((MongoPersistentProperty property) -> fields.add(property.getFieldName()));
        this.sightedFields = List.copyOf(fields);
    }

    /** Sets up the ledger with all seats free, when the event is first published. */
    static Document initial(int capacity) {
        return new Document(SeatLedger.HOLDERS, new Document()).append(SeatLedger.WAITLIST, List.of())
                .append(SeatLedger.FREE_SEATS, capacity).append(SeatLedger.WAITLISTED, 0)
                .append(SeatLedger.ARRIVALS, 0L);
    }

    /**
     * A seat or a waitlist place for the firm's registration. Asked again for a registration the ledger
     * already placed (the reconciler after a crash), it answers that place. 409 when registration is not
     * open, the firm has another registration in the ledger, or the waitlist is full.
     */
    Mono<Seated> take(Roadshow roadshow, String enterpriseId, String registrationId, Instant now, boolean looksFull) {
        return take(roadshow, enterpriseId, registrationId, now, looksFull, 1);
    }

    /**
     * The event's document without the ledger's lists, which for a full event hold thousands of places that a
     * sign-up does not need to read; empty when there is no such event. The fields are named rather than the
     * lists left out: the embedded server copies the whole document to leave fields out but only the named
     * ones to include them, and it does so holding the collection's lock that every sign-up's seat update
     * waits for (with 1,000 places about half the time, measured on the embedded server alone).
     */
    Mono<Sighted> sight(String roadshowId) {
        Query query = Query.query(Criteria.where("_id").is(new ObjectId(roadshowId)));
        sightedFields.forEach(query.fields()::include);
        return mongo.findOne(query, Document.class, Roadshow.COLLECTION).map(document -> new Sighted(
                mongo.getConverter().read(Roadshow.class, document),
                document.getInteger(SeatLedger.FREE_SEATS, 1) <= 0 || document.getInteger(SeatLedger.WAITLISTED, 0) > 0));
    }

    private Mono<Seated> take(Roadshow roadshow, String enterpriseId, String registrationId, Instant now,
                              boolean looksFull, int attempt) {
        RegistrationStatus seated = roadshow.approvalRequired() ? RegistrationStatus.PENDING_APPROVAL
                : RegistrationStatus.CONFIRMED;
        Document seat = open(roadshow, enterpriseId, now)
                .append(SeatLedger.FREE_SEATS, new Document("$gt", 0))
                .append(SeatLedger.WAITLISTED, new Document("$lte", 0));
        Document takeSeat = new Document("$inc", new Document(SeatLedger.FREE_SEATS, -1).append(SeatLedger.ARRIVALS, 1))
                .append("$set", new Document(SeatLedger.HOLDERS + "." + enterpriseId,
                        new Document("registrationId", registrationId)));
        Document wait = open(roadshow, enterpriseId, now)
                .append("$or", List.of(new Document(SeatLedger.FREE_SEATS, new Document("$lte", 0)),
                        new Document(SeatLedger.WAITLISTED, new Document("$gt", 0))))
                .append(SeatLedger.WAITLISTED, new Document("$lt", MAX_WAITLIST));
        Document joinWaitlist = new Document("$inc", new Document(SeatLedger.WAITLISTED, 1).append(SeatLedger.ARRIVALS, 1))
                .append("$push", new Document(SeatLedger.WAITLIST,
                        new Document("enterpriseId", enterpriseId).append("registrationId", registrationId)));
        // The two filters exclude each other, so either order is right; the likelier one first saves an update.
        Mono<Seated> seatTaken = Mono.defer(() -> modify(seat, takeSeat)
                .map(ledger -> new Seated(seated, ledger.arrivals(), 0)));
        Mono<Seated> waiting = Mono.defer(() -> modify(wait, joinWaitlist)
                .map(ledger -> new Seated(RegistrationStatus.WAITLISTED, ledger.arrivals(), ledger.waitlisted())));
        return (looksFull ? waiting.switchIfEmpty(seatTaken) : seatTaken.switchIfEmpty(waiting))
                .switchIfEmpty(Mono.defer(() -> refusedOrRetried(roadshow, enterpriseId, registrationId, now, attempt)));
    }

    /** Neither update matched: the firm was placed already, or registration shut, or the ledger moved on. */
    private Mono<Seated> refusedOrRetried(Roadshow roadshow, String enterpriseId, String registrationId, Instant now,
                                          int attempt) {
        return Mono.zip(ledger(roadshow.id()), mongo.findById(roadshow.id(), Roadshow.class)).flatMap(found -> {
            SeatLedger ledger = found.getT1();
            Roadshow current = found.getT2();
            if (ledger.holds(enterpriseId, registrationId)) {
                return Mono.just(new Seated(current.approvalRequired() ? RegistrationStatus.PENDING_APPROVAL
                        : RegistrationStatus.CONFIRMED, 0, 0));
            }
            int position = ledger.position(registrationId);
            if (position > 0) {
                return Mono.just(new Seated(RegistrationStatus.WAITLISTED, 0, position));
            }
            if (!current.registrationOpen(now)) {
                return Mono.error(PortalException.conflict("roadshow.registration.closed"));
            }
            if (ledger.holders().containsKey(enterpriseId)
                    || ledger.waitlist().stream().anyMatch(w -> w.enterpriseId().equals(enterpriseId))) {
                return Mono.error(PortalException.conflict("roadshow.registration.duplicate"));
            }
            if (ledger.waitlisted() >= MAX_WAITLIST) {
                return Mono.error(PortalException.conflict("roadshow.waitlist.full", MAX_WAITLIST));
            }
            if (attempt >= ATTEMPTS) {
                return Mono.error(new IllegalStateException("Seat ledger of " + roadshow.id() + " kept moving"));
            }
            return take(current, enterpriseId, registrationId, now,
                    ledger.freeSeats() <= 0 || ledger.waitlisted() > 0, attempt + 1);
        });
    }

    /**
     * Lets the registration's seat or waitlist place go; true if it held one (false: let go already, so a
     * second call is harmless). A freed seat is left for {@link #promoteNext}.
     */
    Mono<Boolean> release(String roadshowId, String enterpriseId, String registrationId) {
        return release(roadshowId, enterpriseId, registrationId, 1);
    }

    /**
     * The two tries are not one update: a promotion may move the registration from the waitlist to a seat
     * between them, so that neither matches. The ledger then still names it, and the release tries again.
     */
    private Mono<Boolean> release(String roadshowId, String enterpriseId, String registrationId, int attempt) {
        Document seat = new Document("_id", new ObjectId(roadshowId))
                .append(SeatLedger.HOLDERS + "." + enterpriseId + ".registrationId", registrationId);
        Document freeSeat = new Document("$unset", new Document(SeatLedger.HOLDERS + "." + enterpriseId, ""))
                .append("$inc", new Document(SeatLedger.FREE_SEATS, 1));
        Document waiting = new Document("_id", new ObjectId(roadshowId))
                .append(SeatLedger.WAITLIST + ".registrationId", registrationId);
        Document leave = new Document("$pull", new Document(SeatLedger.WAITLIST,
                new Document("registrationId", registrationId)))
                .append("$inc", new Document(SeatLedger.WAITLISTED, -1));
        return modify(seat, freeSeat).map(ledger -> true)
                .switchIfEmpty(Mono.defer(() -> modify(waiting, leave).map(ledger -> true)))
                .switchIfEmpty(Mono.defer(() -> ledger(roadshowId)
                        .filter(ledger -> attempt < ATTEMPTS && (ledger.holds(enterpriseId, registrationId)
                                || ledger.position(registrationId) > 0))
                        .flatMap(stillNamed -> release(roadshowId, enterpriseId, registrationId, attempt + 1))))
                .defaultIfEmpty(false);
    }

    /**
     * Gives free seats to the waitlist, first come first served, until no seat is free, nobody waits or the
     * event has started; the firms promoted, in order.
     */
    Flux<SeatLedger.Waiting> promoteNext(String roadshowId, Instant now) {
        return promoteOne(roadshowId, now, 1).expand(promoted -> promoteOne(roadshowId, now, 1));
    }

    private Mono<SeatLedger.Waiting> promoteOne(String roadshowId, Instant now, int attempt) {
        return ledger(roadshowId)
                .filter(ledger -> ledger.freeSeats() > 0 && !ledger.waitlist().isEmpty())
                .flatMap(ledger -> {
                    SeatLedger.Waiting next = ledger.waitlist().get(0);
                    Document stillNext = new Document("_id", new ObjectId(roadshowId))
                            .append(SeatLedger.FREE_SEATS, new Document("$gt", 0))
                            .append(SeatLedger.WAITLIST + ".0.registrationId", next.registrationId())
                            .append("status", new Document("$in", List.of(RoadshowStatus.PUBLISHED.name(),
                                    RoadshowStatus.CLOSED.name())))
                            .append("startsAt", new Document("$gt", Date.from(now)));
                    Document promote = new Document("$pop", new Document(SeatLedger.WAITLIST, -1))
                            .append("$inc", new Document(SeatLedger.WAITLISTED, -1).append(SeatLedger.FREE_SEATS, -1))
                            .append("$set", new Document(SeatLedger.HOLDERS + "." + next.enterpriseId(),
                                    new Document("registrationId", next.registrationId())));
                    return modify(stillNext, promote).map(promoted -> next)
                            .switchIfEmpty(Mono.defer(() -> attempt >= ATTEMPTS ? Mono.empty()
                                    : mongo.exists(new BasicQuery(new Document("_id", new ObjectId(roadshowId))
                                                    .append("startsAt", new Document("$gt", Date.from(now)))),
                                            Roadshow.class)
                                            .flatMap(notStarted -> notStarted ? promoteOne(roadshowId, now, attempt + 1)
                                                    : Mono.empty())));
                });
    }

    /** The event's ledger; empty for a draft, which has none yet. */
    Mono<SeatLedger> ledger(String roadshowId) {
        return mongo.findOne(new BasicQuery(new Document("_id", new ObjectId(roadshowId))
                .append(SeatLedger.FREE_SEATS, new Document("$exists", true))), SeatLedger.class);
    }

    private Mono<SeatLedger> modify(Document filter, Document update) {
        BasicQuery query = new BasicQuery(filter);
        query.fields().include(SeatLedger.FREE_SEATS, SeatLedger.WAITLISTED, SeatLedger.ARRIVALS);
        return mongo.findAndModify(query, new BasicUpdate(update), RETURN_NEW, SeatLedger.class);
    }

    private static Document open(Roadshow roadshow, String enterpriseId, Instant now) {
        return new Document("_id", new ObjectId(roadshow.id()))
                .append("status", RoadshowStatus.PUBLISHED.name())
                .append("registrationOpensAt", new Document("$lte", Date.from(now)))
                .append("registrationClosesAt", new Document("$gt", Date.from(now)))
                .append(SeatLedger.HOLDERS + "." + enterpriseId, new Document("$exists", false))
                .append(SeatLedger.WAITLIST + ".enterpriseId", new Document("$ne", enterpriseId));
    }
}
