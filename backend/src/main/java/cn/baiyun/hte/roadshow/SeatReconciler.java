package cn.baiyun.hte.roadshow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

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
 * The guaranteed follow-up of every seat change: finishes what a crash (or a lost connection) interrupted between
 * the ledger's counter and the registration's own write, from the ledger's claims (see {@link SeatLedger}). Work
 * younger than {@link #GRACE} is left to the request doing it. Each repair is the same guarded step the request
 * would have taken, so repeating one is harmless:
 * <ul>
 * <li>a registration still {@code REQUESTED}: its place is answered from its claim (counted before the crash:
 * never counted twice) or taken, or, refused, the registration is removed;</li>
 * <li>a cancelled or rejected registration whose place was not let go: let go (once, by its claim), and the seat
 * filled;</li>
 * <li>a promotion counted but not recorded: recorded and the firm told, or, when the firm stopped waiting
 * meanwhile, the seat given back;</li>
 * <li>claims whose registration carries the change already: forgotten;</li>
 * <li>an event with a free seat and a waitlist before its start: filled.</li>
 * </ul>
 */
@Component
class SeatReconciler {

    static final Duration GRACE = Duration.ofMinutes(1);
    private static final List<String> SEATED = List.of(RoadshowStatus.PUBLISHED.name(), RoadshowStatus.CLOSED.name());

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
        return Flux.concat(requested(cutoff), unreleased(cutoff), claims(cutoff), unfilled()).count();
    }

    private Flux<Object> requested(Instant cutoff) {
        return stale(RegistrationStatus.REQUESTED, cutoff).concatMap(registration -> roadshow(registration.roadshowId())
                .flatMap(roadshow -> changes.settle(registration, roadshow, false, RoadshowSystem.ACTOR))
                .<Object>map(settled -> settled)
                // Refused by the ledger: settle removed it; that is the repair.
                .onErrorResume(PortalException.class, refused -> Mono.just(registration)));
    }

    private Flux<Object> unreleased(Instant cutoff) {
        Query query = Query.query(Criteria.where("seatReleased").is(false)
                .and("status").in(RegistrationStatus.CANCELLED, RegistrationStatus.REJECTED)
                .and("updatedAt").lt(cutoff));
        return mongo.find(query, Registration.class).concatMap(registration -> roadshow(registration.roadshowId())
                .flatMap(roadshow -> changes.release(registration, roadshow, RoadshowSystem.ACTOR))
                .thenReturn(registration));
    }

    /**
     * The claims older than the cutoff of every event with seats: a promotion's finished, the others (whose
     * registrations the two repairs above settled) forgotten. Events are few (a bureau's dozens a year) and their
     * claims only those in flight, so the ledgers are read whole.
     */
    private Flux<Object> claims(Instant cutoff) {
        Query seated = Query.query(Criteria.where(SeatLedger.FREE_SEATS).exists(true));
        return mongo.find(seated, SeatLedger.class).filter(ledger -> !ledger.settled())
                .concatMap(ledger -> roadshow(ledger.id()).flatMapMany(roadshow -> Flux.concat(
                        Flux.fromIterable(old(ledger.promoting(), cutoff)).concatMap(id ->
                                changes.recordPromotion(roadshow, id, RoadshowSystem.ACTOR)
                                        .then(changes.fill(roadshow, RoadshowSystem.ACTOR)).thenReturn(id)),
                        Flux.fromIterable(ledger.taking().entrySet())
                                .filter(claim -> claim.getValue().at().isBefore(cutoff))
                                .concatMap(claim -> forgetUnless(roadshow, SeatLedger.TAKING, claim.getKey(),
                                        Criteria.where("status").is(RegistrationStatus.REQUESTED))),
                        Flux.fromIterable(old(ledger.releasing(), cutoff)).concatMap(id ->
                                forgetUnless(roadshow, SeatLedger.RELEASING, id, Criteria.where("seatReleased").is(false))))));
    }

    /** Forgets the claim unless its registration still waits for the change (then it is another repair's). */
    private Mono<Object> forgetUnless(Roadshow roadshow, String claims, String registrationId, Criteria unfinished) {
        return mongo.exists(Query.query(Criteria.where("_id").is(registrationId).andOperator(unfinished)),
                        Registration.class)
                .filter(pending -> !pending)
                .flatMap(done -> keeper.settled(roadshow.id(), claims, registrationId).thenReturn(registrationId));
    }

    private Flux<Object> unfilled() {
        Document query = new Document(SeatLedger.FREE_SEATS, new Document("$gt", 0))
                .append(SeatLedger.WAITLISTED, new Document("$gt", 0))
                .append("status", new Document("$in", SEATED))
                .append("startsAt", new Document("$gt", Date.from(Instant.now(clock))));
        return mongo.find(new BasicQuery(query), Roadshow.class)
                .concatMap(roadshow -> changes.fill(roadshow, RoadshowSystem.ACTOR).thenReturn(roadshow));
    }

    private Flux<Registration> stale(RegistrationStatus status, Instant cutoff) {
        return mongo.find(Query.query(Criteria.where("status").is(status).and("updatedAt").lt(cutoff)),
                Registration.class);
    }

    private Mono<Roadshow> roadshow(String roadshowId) {
        return mongo.findById(roadshowId, Roadshow.class);
    }

    private static List<String> old(Map<String, Instant> claims, Instant cutoff) {
        return claims.entrySet().stream().filter(claim -> claim.getValue().isBefore(cutoff)).map(Map.Entry::getKey)
                .toList();
    }
}
