package cn.baiyun.hte.roadshow;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.BasicQuery;
import org.springframework.data.mongodb.core.query.BasicUpdate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Turns events stored with the earlier, list-shaped seat ledger (a map of seat {@value #HOLDERS} and a
 * {@value #WAITLIST} list in the event's document) into the counters-only {@link SeatLedger}, once, at start-up:
 * the counters were kept beside the lists and stay; each registration's place was already on the registration
 * (status, arrival). What the lists knew that a registration did not, a crash's leftovers, becomes the claim the
 * {@link SeatReconciler} finishes: a sign-up placed but still {@code REQUESTED} a {@code taking} claim, a promotion
 * unrecorded a {@code promoting} one, a cancellation or rejection not yet let go the place it must let go. The
 * lists are then removed in the same update of the event, guarded by their presence, so a second run (or a second
 * replica starting at once) changes nothing.
 */
@Component
class ListLedgerMigration implements SmartInitializingSingleton {

    static final String HOLDERS = "holders";
    static final String WAITLIST = "waitlist";
    private static final Logger log = LoggerFactory.getLogger(ListLedgerMigration.class);

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;

    ListLedgerMigration(ReactiveMongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** On the start-up thread, like the indexes: the reconciler must not see an event half migrated. */
    @Override
    public void afterSingletonsInstantiated() {
        Long migrated = migrate().block(Duration.ofMinutes(1));
        if (migrated != null && migrated > 0) {
            log.info("Seat ledgers of {} events turned into counters", migrated);
        }
    }

    Mono<Long> migrate() {
        Query listShaped = new Query(new Criteria().orOperator(Criteria.where(HOLDERS).exists(true),
                Criteria.where(WAITLIST).exists(true)));
        listShaped.fields().include(HOLDERS, WAITLIST);
        return mongo.find(listShaped, Document.class, Roadshow.COLLECTION).concatMap(this::migrate).count();
    }

    private Mono<Document> migrate(Document event) {
        List<String> seated = new ArrayList<>();
        Document holders = event.get(HOLDERS, new Document());
        holders.values().forEach(holder -> seated.add(((Document) holder).getString("registrationId")));
        List<String> waiting = event.getList(WAITLIST, Document.class, List.of()).stream()
                .map(place -> place.getString("registrationId")).toList();
        Document claims = new Document();
        return Flux.concat(Flux.fromIterable(seated).concatMap(id -> place(id, true, claims)),
                        Flux.fromIterable(waiting).concatMap(id -> place(id, false, claims)))
                .then(Mono.defer(() -> {
                    Document update = new Document("$unset", new Document(HOLDERS, "").append(WAITLIST, ""));
                    if (!claims.isEmpty()) {
                        update.append("$set", claims);
                    }
                    return mongo.updateFirst(new BasicQuery(new Document("_id", event.get("_id"))
                            .append("$or", List.of(new Document(HOLDERS, new Document("$exists", true)),
                                    new Document(WAITLIST, new Document("$exists", true))))),
                            new BasicUpdate(update), Roadshow.COLLECTION);
                }))
                .thenReturn(event);
    }

    /** What a place in the old lists leaves to finish: a claim for the event, or the place a release lets go. */
    private Mono<Void> place(String registrationId, boolean seat, Document claims) {
        Date now = Date.from(clock.instant());
        return mongo.findById(registrationId, Registration.class).flatMap(registration -> switch (registration.status()) {
            case REQUESTED -> {
                claims.put(SeatLedger.TAKING + "." + registrationId, new Document("seat", seat).append("at", now));
                yield Mono.<Void>empty();
            }
            case WAITLISTED -> {
                if (seat) {
                    claims.put(SeatLedger.PROMOTING + "." + registrationId, now);
                }
                yield Mono.<Void>empty();
            }
            case CANCELLED, REJECTED -> registration.seatReleased() ? Mono.<Void>empty()
                    : mongo.updateFirst(Query.query(Criteria.where("_id").is(registrationId)),
                            new Update().set("releasedFrom", seat ? RegistrationStatus.CONFIRMED
                                    : RegistrationStatus.WAITLISTED), Registration.class).then();
            case CONFIRMED, PENDING_APPROVAL -> Mono.<Void>empty();
        });
    }
}
