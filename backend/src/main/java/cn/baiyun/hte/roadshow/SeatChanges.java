package cn.baiyun.hte.roadshow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.events.DomainEvent;
import cn.baiyun.hte.platform.events.EventHeader;
import cn.baiyun.hte.platform.events.Outbox;
import cn.baiyun.hte.platform.security.PortalUser;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Keeps an event's {@link SeatLedger} counters and its registrations' places agreeing. The counter changes first
 * (one atomic update of the event's document, with its claim); then the registration's own document takes the
 * change with the event firms are told by, in one update guarded by the status it had, so that a step repeated
 * after a crash (by the {@link SeatReconciler}) or overtaken changes nothing twice; then the claim is forgotten.
 * The waitlist is the event's {@code WAITLISTED} registrations in arrival order, read by the index on event,
 * status and arrival.
 */
@Component
class SeatChanges {

    /**
     * How long a promotion waits for waitlist places counted but not yet recorded (sign-ups in flight, a few
     * milliseconds each), so that the first in line is not passed over for a later one already recorded.
     */
    static final Duration IN_FLIGHT_WAIT = Duration.ofSeconds(3);
    private static final Duration IN_FLIGHT_POLL = Duration.ofMillis(10);
    private static final long IN_FLIGHT_ROUNDS = IN_FLIGHT_WAIT.toMillis() / IN_FLIGHT_POLL.toMillis();
    /** Rounds a promotion tries when concurrent changes keep moving the counters under it. */
    private static final int ATTEMPTS = 50;

    private final ReactiveMongoTemplate mongo;
    private final Outbox outbox;
    private final SeatKeeper keeper;
    private final SettledClaims settledClaims;
    private final Clock clock;

    SeatChanges(ReactiveMongoTemplate mongo, Outbox outbox, SeatKeeper keeper, SettledClaims settledClaims, Clock clock) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.keeper = keeper;
        this.settledClaims = settledClaims;
        this.clock = clock;
    }

    Mono<Seats> seats(Roadshow roadshow) {
        if (roadshow.status() == RoadshowStatus.DRAFT) {
            return Mono.just(new Seats(roadshow.capacity(), 0, 0));
        }
        return keeper.ledger(roadshow.id()).map(ledger -> new Seats(roadshow.capacity(),
                roadshow.capacity() - ledger.freeSeats(), Math.max(0, ledger.waitlisted())));
    }

    /**
     * A {@code REQUESTED} registration's seat or waitlist place, counted on the ledger and recorded with
     * {@link RegistrationConfirmed} or {@link RegistrationWaitlisted}, which the listeners get alongside the answer
     * (the sign-up's latency waits for neither them nor the claim's removal, which {@link SettledClaims} batches).
     * A registration the ledger refuses (registration closed meanwhile) is removed: it never took part.
     * {@code looksFull}: the event seemed full when read, so the waitlist is tried first.
     */
    Mono<RegistrationView> settle(Registration registration, Roadshow roadshow, boolean looksFull, PortalUser actor) {
        return keeper.take(roadshow, registration.id(), Instant.now(clock), looksFull)
                .onErrorResume(PortalException.class, refused -> mongo.remove(Query.query(Criteria.where("_id")
                                .is(registration.id()).and("status").is(RegistrationStatus.REQUESTED)), Registration.class)
                        .then(Mono.error(refused)))
                // Counted before a crash, its number lost with the request: the first one no registration holds.
                .flatMap(seated -> seated.arrival() > 0 ? Mono.just(seated) : unusedArrival(roadshow.id())
                        .map(arrival -> new SeatKeeper.Seated(seated.status(), arrival, 0)))
                .flatMap(seated -> {
                    DomainEvent event = seated.status() == RegistrationStatus.WAITLISTED
                            ? new RegistrationWaitlisted(header(RegistrationWaitlisted.TYPE, actor, registration),
                                    roadshow.id(), roadshow.titleZh(), roadshow.titleEn(), seated.position())
                            : new RegistrationConfirmed(header(RegistrationConfirmed.TYPE, actor, registration),
                                    roadshow.id(), roadshow.titleZh(), roadshow.titleEn(),
                                    seated.status() == RegistrationStatus.PENDING_APPROVAL);
                    Update update = new Update().set("status", seated.status()).set("arrival", seated.arrival())
                            .set("updatedAt", Instant.now(clock)).inc("version", 1);
                    return outbox.updateDeliveringAlongside(Query.query(Criteria.where("_id").is(registration.id())
                                    .and("status").is(RegistrationStatus.REQUESTED)), update, Registration.class, event)
                            .doOnNext(settled -> settledClaims.forget(roadshow.id(), registration.id()))
                            // Settled by the reconciler meanwhile: what is stored is the answer.
                            .switchIfEmpty(Mono.defer(() -> mongo.findById(registration.id(), Registration.class)))
                            .flatMap(settled -> settled.status() == seated.status() && seated.position() > 0
                                    ? Mono.just(new RegistrationView(settled, roadshow, seated.position()))
                                    : view(settled, roadshow));
                });
    }

    /**
     * Gives free seats to the firms first on the waitlist while the event has not started, each told by
     * {@link RegistrationPromoted}; pending approval when the event asks for it.
     */
    Mono<Void> fill(Roadshow roadshow, PortalUser actor) {
        return promoteNext(roadshow, actor, 1).expand(moved -> promoteNext(roadshow, actor, 1)).then();
    }

    /**
     * One promotion: the first in line read, its seat counted, then recorded; a firm that stopped waiting in
     * between (cancelled, rejected) gives the seat back and the next round takes the next firm. Empty when no
     * seat is free, nobody waits or the event has started.
     */
    private Mono<Boolean> promoteNext(Roadshow roadshow, PortalUser actor, int round) {
        Instant now = Instant.now(clock);
        if (roadshow.started(now) || round > IN_FLIGHT_ROUNDS + ATTEMPTS) {
            return Mono.empty();
        }
        Mono<Boolean> again = Mono.delay(IN_FLIGHT_POLL).then(Mono.defer(() -> promoteNext(roadshow, actor, round + 1)));
        return keeper.ledger(roadshow.id())
                .filter(ledger -> ledger.freeSeats() > 0 && ledger.waitlisted() > 0)
                .flatMap(ledger -> waitingInFlight(ledger, now) && round < IN_FLIGHT_ROUNDS ? again
                        // Nobody recorded as waiting and no sign-up in flight: the counters are the reconciler's.
                        : firstInLine(roadshow.id()).flatMap(next -> keeper.promote(roadshow.id(), next.id(), now)
                                .flatMap(counted -> counted ? recordPromotion(roadshow, next.id(), actor) : again)));
    }

    /** Records a promotion counted on the ledger (also one a crash left unrecorded), or takes it back. */
    Mono<Boolean> recordPromotion(Roadshow roadshow, String registrationId, PortalUser actor) {
        return promoted(roadshow, registrationId, actor).map(recorded -> true)
                // Not waiting any more: recorded already (the request finished after all), or cancelled or rejected.
                .switchIfEmpty(Mono.defer(() -> mongo.findById(registrationId, Registration.class)
                        .map(registration -> registration.status().holdsSeat()).defaultIfEmpty(false)))
                .flatMap(recorded -> (recorded ? keeper.settled(roadshow.id(), SeatLedger.PROMOTING, registrationId)
                        : keeper.unpromote(roadshow.id(), registrationId)).thenReturn(true));
    }

    private Mono<Registration> promoted(Roadshow roadshow, String registrationId, PortalUser actor) {
        return mongo.findById(registrationId, Registration.class).flatMap(registration -> {
            RegistrationStatus status = SeatKeeper.seatedStatus(roadshow);
            var event = new RegistrationPromoted(header(RegistrationPromoted.TYPE, actor, registration), roadshow.id(),
                    roadshow.titleZh(), roadshow.titleEn(), status == RegistrationStatus.PENDING_APPROVAL);
            Query waiting = Query.query(Criteria.where("_id").is(registrationId).and("status")
                    .is(RegistrationStatus.WAITLISTED));
            return outbox.update(waiting, new Update().set("status", status).set("updatedAt", Instant.now(clock))
                    .inc("version", 1), Registration.class, event);
        });
    }

    /**
     * Lets a cancelled or rejected registration's seat (or waitlist place) go, fills the freed seat, and
     * notes that it is done; repeated after a crash it changes nothing twice.
     */
    Mono<Void> release(Registration registration, Roadshow roadshow, PortalUser actor) {
        RegistrationStatus from = registration.releasedFrom();
        // Nothing on the counters for a registration that held no place (none recorded: nothing to let go).
        Mono<Void> letGo = from == null || !from.active() ? Mono.empty()
                : keeper.release(roadshow.id(), registration.id(), from.holdsSeat(), Instant.now(clock));
        return letGo
                .then(fill(roadshow, actor))
                .then(mongo.updateFirst(Query.query(Criteria.where("_id").is(registration.id())),
                        new Update().set("seatReleased", true), Registration.class))
                .then(keeper.settled(roadshow.id(), SeatLedger.RELEASING, registration.id()));
    }

    Mono<SeatKeeper.Sighted> sight(String roadshowId) {
        return keeper.sight(roadshowId);
    }

    /** The registration with its place on the waitlist when it waits. */
    Mono<RegistrationView> view(Registration registration, Roadshow roadshow) {
        if (registration.status() != RegistrationStatus.WAITLISTED) {
            return Mono.just(new RegistrationView(registration, roadshow, 0));
        }
        Query ahead = Query.query(Criteria.where("roadshowId").is(roadshow.id())
                .and("status").is(RegistrationStatus.WAITLISTED).and("arrival").lt(registration.arrival()));
        return mongo.count(ahead, Registration.class)
                .map(before -> new RegistrationView(registration, roadshow, (int) (before + 1)));
    }

    /** The event's waitlist places, by registration id (from 1), for lists of its registrations. */
    Mono<Map<String, Integer>> waitlist(Roadshow roadshow) {
        if (roadshow.status() == RoadshowStatus.DRAFT) {
            return Mono.just(Map.of());
        }
        Query waiting = Query.query(Criteria.where("roadshowId").is(roadshow.id())
                .and("status").is(RegistrationStatus.WAITLISTED)).with(Sort.by("arrival"));
        waiting.fields().include("_id");
        return mongo.find(waiting, Document.class, Registration.COLLECTION)
                .map(document -> String.valueOf(document.get("_id"))).collectList().map(ids -> {
            Map<String, Integer> places = new HashMap<>();
            for (int i = 0; i < ids.size(); i++) {
                places.put(ids.get(i), i + 1);
            }
            return places;
        });
    }

    /** The first waiting registration in arrival order. */
    private Mono<Registration> firstInLine(String roadshowId) {
        return mongo.findOne(Query.query(Criteria.where("roadshowId").is(roadshowId)
                .and("status").is(RegistrationStatus.WAITLISTED)).with(Sort.by("arrival")), Registration.class);
    }

    /** A waitlist place counted for a sign-up still being recorded (not one a crash left: those are old). */
    private static boolean waitingInFlight(SeatLedger ledger, Instant now) {
        Instant recent = now.minus(SeatReconciler.GRACE);
        return ledger.taking().values().stream().anyMatch(taking -> !taking.seat() && taking.at().isAfter(recent));
    }

    /** The lowest arrival number of the event that no registration holds: the one a crash took with it. */
    private Mono<Long> unusedArrival(String roadshowId) {
        Query numbered = Query.query(Criteria.where("roadshowId").is(roadshowId).and("arrival").gt(0))
                .with(Sort.by("arrival"));
        numbered.fields().include("arrival");
        return mongo.find(numbered, Document.class, Registration.COLLECTION)
                .map(document -> document.get("arrival", Number.class).longValue())
                .reduce(0L, (last, next) -> next == last + 1 ? next : last)
                .map(lastContiguous -> lastContiguous + 1);
    }

    private EventHeader header(String type, PortalUser actor, Registration registration) {
        return EventHeader.of(type, actor, "registration", registration.id(), registration.enterpriseId(), clock);
    }
}
