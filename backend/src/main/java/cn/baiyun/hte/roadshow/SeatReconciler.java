package cn.baiyun.hte.roadshow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import cn.baiyun.hte.platform.error.PortalException;
import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.BasicQuery;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The guaranteed follow-up of every seat change: finishes what a crash (or a lost connection) interrupted
 * between the ledger's update and the registration's, from the ledger, which is the truth. Work younger than
 * {@link #GRACE} is left to the request doing it. Each repair is the same guarded step the request would
 * have taken, so repeating one is harmless:
 * <ul>
 * <li>a registration still {@code REQUESTED}: its seat is taken or answered from the ledger, or, refused, it
 * is removed;</li>
 * <li>a cancelled or rejected registration whose seat was not let go: let go, and the seat filled;</li>
 * <li>a waitlisted registration the ledger already promoted: recorded, and the firm told;</li>
 * <li>an event with a free seat and a waitlist before its start: filled.</li>
 * </ul>
 */
@Component
class SeatReconciler {

    static final Duration GRACE = Duration.ofMinutes(1);

    private final ReactiveMongoTemplate mongo;
    private final SeatChanges changes;
    private final SeatKeeper keeper;
    private final Clock clock;

    SeatReconciler(ReactiveMongoTemplate mongo, SeatChanges changes, SeatKeeper keeper, Clock clock) {
        this.mongo = mongo;
        this.changes = changes;
        this.keeper = keeper;
        this.clock = clock;
    }

    /** Repairs everything older than the grace period; how many repairs it made. */
    Mono<Long> reconcileDue() {
        return reconcile(Instant.now(clock).minus(GRACE));
    }

    Mono<Long> reconcile(Instant cutoff) {
        return Flux.concat(requested(cutoff), unreleased(cutoff), promotedUnrecorded(cutoff), unfilled())
                .count();
    }

    private Flux<Object> requested(Instant cutoff) {
        return stale(RegistrationStatus.REQUESTED, cutoff).concatMap(registration -> roadshow(registration)
                .flatMap(roadshow -> changes.settle(registration, roadshow, false, RoadshowSystem.ACTOR))
                .<Object>map(settled -> settled)
                // Refused by the ledger: settle removed it; that is the repair.
                .onErrorResume(PortalException.class, refused -> Mono.just(registration)));
    }

    private Flux<Object> unreleased(Instant cutoff) {
        Query query = Query.query(Criteria.where("seatReleased").is(false)
                .and("status").in(RegistrationStatus.CANCELLED, RegistrationStatus.REJECTED)
                .and("updatedAt").lt(cutoff));
        return mongo.find(query, Registration.class).concatMap(registration -> roadshow(registration)
                .flatMap(roadshow -> changes.release(registration, roadshow, RoadshowSystem.ACTOR))
                .thenReturn(registration));
    }

    private Flux<Object> promotedUnrecorded(Instant cutoff) {
        return stale(RegistrationStatus.WAITLISTED, cutoff)
                .concatMap(registration -> keeper.ledger(registration.roadshowId())
                        .filter(ledger -> ledger.holds(registration.enterpriseId(), registration.id()))
                        .flatMap(held -> roadshow(registration))
                        .flatMap(roadshow -> changes.promoted(roadshow, registration.id(), RoadshowSystem.ACTOR)));
    }

    private Flux<Object> unfilled() {
        Document query = new Document(SeatLedger.FREE_SEATS, new Document("$gt", 0))
                .append(SeatLedger.WAITLISTED, new Document("$gt", 0))
                .append("status", new Document("$in", java.util.List.of(RoadshowStatus.PUBLISHED.name(),
                        RoadshowStatus.CLOSED.name())))
                .append("startsAt", new Document("$gt", Date.from(Instant.now(clock))));
        return mongo.find(new BasicQuery(query), Roadshow.class)
                .concatMap(roadshow -> changes.fill(roadshow, RoadshowSystem.ACTOR).thenReturn(roadshow));
    }

    private Flux<Registration> stale(RegistrationStatus status, Instant cutoff) {
        return mongo.find(Query.query(Criteria.where("status").is(status).and("updatedAt").lt(cutoff)),
                Registration.class);
    }

    private Mono<Roadshow> roadshow(Registration registration) {
        return mongo.findById(registration.roadshowId(), Roadshow.class);
    }
}
