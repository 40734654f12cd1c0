package cn.baiyun.hte.roadshow;

import java.time.Clock;
import java.time.Instant;

import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.events.DomainEvent;
import cn.baiyun.hte.platform.events.EventHeader;
import cn.baiyun.hte.platform.events.Outbox;
import cn.baiyun.hte.platform.security.PortalUser;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Makes registrations follow their event's {@link SeatLedger}. The ledger decides first (one atomic update
 * of the event's document); then the registration's own document takes the decision with the event firms
 * are told by, in one update guarded by the status it had, so that a step repeated after a crash (by the
 * {@link SeatReconciler}) or overtaken by a promotion changes nothing twice. Until then the ledger is the
 * truth: a registration whose own write was lost is repaired from it, never the other way round.
 */
@Component
class SeatChanges {

    private final ReactiveMongoTemplate mongo;
    private final Outbox outbox;
    private final SeatKeeper keeper;
    private final Clock clock;

    SeatChanges(ReactiveMongoTemplate mongo, Outbox outbox, SeatKeeper keeper, Clock clock) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.keeper = keeper;
        this.clock = clock;
    }

    Mono<Seats> seats(Roadshow roadshow) {
        if (roadshow.status() == RoadshowStatus.DRAFT) {
            return Mono.just(new Seats(roadshow.capacity(), 0, 0));
        }
        return keeper.ledger(roadshow.id())
                .map(ledger -> new Seats(roadshow.capacity(), ledger.holders().size(), ledger.waitlisted()));
    }

    /**
     * A {@code REQUESTED} registration's seat or waitlist place, taken from the ledger and recorded with
     * {@link RegistrationConfirmed} or {@link RegistrationWaitlisted}. A registration the ledger refuses
     * (registration closed meanwhile, the firm registered twice at once) is removed: it never took part.
     * {@code looksFull}: the event seemed full when read, so the waitlist is tried first.
     */
    Mono<RegistrationView> settle(Registration registration, Roadshow roadshow, boolean looksFull, PortalUser actor) {
        return keeper.take(roadshow, registration.enterpriseId(), registration.id(), Instant.now(clock), looksFull)
                .onErrorResume(PortalException.class, refused -> mongo.remove(Query.query(Criteria.where("_id")
                                .is(registration.id()).and("status").is(RegistrationStatus.REQUESTED)), Registration.class)
                        .then(Mono.error(refused)))
                .flatMap(seated -> {
                    DomainEvent event = seated.status() == RegistrationStatus.WAITLISTED
                            ? new RegistrationWaitlisted(header(RegistrationWaitlisted.TYPE, actor, registration),
                                    roadshow.id(), roadshow.titleZh(), roadshow.titleEn(), seated.position())
                            : new RegistrationConfirmed(header(RegistrationConfirmed.TYPE, actor, registration),
                                    roadshow.id(), roadshow.titleZh(), roadshow.titleEn(),
                                    seated.status() == RegistrationStatus.PENDING_APPROVAL);
                    Update update = new Update().set("status", seated.status()).set("updatedAt", Instant.now(clock))
                            .inc("version", 1);
                    if (seated.arrival() > 0) {
                        update.set("arrival", seated.arrival());
                    }
                    return outbox.update(Query.query(Criteria.where("_id").is(registration.id())
                                    .and("status").is(RegistrationStatus.REQUESTED)), update, Registration.class, event)
                            // Promoted meanwhile, or settled by the reconciler: what is stored is the answer.
                            .switchIfEmpty(Mono.defer(() -> mongo.findById(registration.id(), Registration.class)))
                            .flatMap(settled -> settled.status() == seated.status()
                                    ? Mono.just(new RegistrationView(settled, roadshow, seated.position()))
                                    : view(settled, roadshow));
                });
    }

    /**
     * Gives free seats to the firms first on the waitlist while the event has not started, each told by
     * {@link RegistrationPromoted}; pending approval when the event asks for it.
     */
    Mono<Void> fill(Roadshow roadshow, PortalUser actor) {
        return keeper.promoteNext(roadshow.id(), Instant.now(clock))
                .concatMap(next -> promoted(roadshow, next.registrationId(), actor))
                .then();
    }

    /** Records a promotion the ledger made (also one a crash left unrecorded). */
    Mono<Registration> promoted(Roadshow roadshow, String registrationId, PortalUser actor) {
        return mongo.findById(registrationId, Registration.class).flatMap(registration -> {
            RegistrationStatus status = roadshow.approvalRequired() ? RegistrationStatus.PENDING_APPROVAL
                    : RegistrationStatus.CONFIRMED;
            var event = new RegistrationPromoted(header(RegistrationPromoted.TYPE, actor, registration), roadshow.id(),
                    roadshow.titleZh(), roadshow.titleEn(), status == RegistrationStatus.PENDING_APPROVAL);
            // A sign-up still REQUESTED was placed on the waitlist and promoted before its own write landed.
            Query waiting = Query.query(Criteria.where("_id").is(registrationId).and("status")
                    .in(RegistrationStatus.WAITLISTED, RegistrationStatus.REQUESTED));
            return outbox.update(waiting, new Update().set("status", status).set("updatedAt", Instant.now(clock))
                    .inc("version", 1), Registration.class, event);
        });
    }

    /**
     * Lets a cancelled or rejected registration's seat (or waitlist place) go, fills the freed seat, and
     * notes that it is done; repeated after a crash it changes nothing twice.
     */
    Mono<Void> release(Registration registration, Roadshow roadshow, PortalUser actor) {
        return keeper.release(roadshow.id(), registration.enterpriseId(), registration.id())
                .then(fill(roadshow, actor))
                .then(mongo.updateFirst(Query.query(Criteria.where("_id").is(registration.id())),
                        new Update().set("seatReleased", true), Registration.class))
                .then();
    }

    Mono<SeatKeeper.Sighted> sight(String roadshowId) {
        return keeper.sight(roadshowId);
    }

    Mono<SeatLedger> ledger(String roadshowId) {
        return keeper.ledger(roadshowId);
    }

    /** The registration with its place on the waitlist, read from the ledger when it waits. */
    Mono<RegistrationView> view(Registration registration, Roadshow roadshow) {
        if (registration.status() != RegistrationStatus.WAITLISTED) {
            return Mono.just(new RegistrationView(registration, roadshow, 0));
        }
        return keeper.ledger(roadshow.id())
                .map(ledger -> new RegistrationView(registration, roadshow, ledger.position(registration.id())));
    }

    private EventHeader header(String type, PortalUser actor, Registration registration) {
        return EventHeader.of(type, actor, "registration", registration.id(), registration.enterpriseId(), clock);
    }
}
