package cn.baiyun.hte.roadshow;

import java.time.Instant;
import java.util.List;

import cn.baiyun.hte.support.PortalIntegrationTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static cn.baiyun.hte.roadshow.RoadshowFixtures.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event stored with the earlier list-shaped ledger (a stored database from before the counters) becomes
 * counters only; what its lists knew that the registrations did not (a crash's leftovers) becomes claims the
 * reconciler finishes, so nothing is counted twice or lost.
 */
@PortalIntegrationTest
class ListLedgerMigrationTest {

    @Autowired
    RoadshowFixtures fixtures;
    @Autowired
    RegistrationService registrations;
    @Autowired
    ListLedgerMigration migration;
    @Autowired
    SeatReconciler reconciler;
    @Autowired
    ReactiveMongoTemplate mongo;

    @Test
    void listsBecomeClaimsTheReconcilerFinishesAndASecondRunChangesNothing() {
        Roadshow roadshow = fixtures.published(EventKind.ROADSHOW, 2, false);
        RoadshowFixtures.Firm a = fixtures.firm("旧账甲企业");
        RoadshowFixtures.Firm b = fixtures.firm("旧账乙企业");
        RoadshowFixtures.Firm c = fixtures.firm("旧账丙企业");
        Registration seated = signUp(roadshow, a);
        Registration cancelled = signUp(roadshow, b);
        Registration requested = signUp(roadshow, c);
        SeatConcurrencyTest.settledLedger(mongo, roadshow);
        // As the old design left it: A and B hold the seats, C waits in the list while its own write was lost,
        // and B's cancellation was recorded but the list never let its seat go.
        mongo.updateFirst(Query.query(Criteria.where("_id").is(requested.id())),
                new Update().set("status", RegistrationStatus.REQUESTED).set("arrival", 0L), Registration.class)
                .block(TIMEOUT);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(cancelled.id())), new Update()
                .set("status", RegistrationStatus.CANCELLED).set("seatReleased", false).unset("releasedFrom"),
                Registration.class).block(TIMEOUT);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(roadshow.id())), new Update()
                .set(ListLedgerMigration.HOLDERS, new Document(a.id(), new Document("registrationId", seated.id()))
                        .append(b.id(), new Document("registrationId", cancelled.id())))
                .set(ListLedgerMigration.WAITLIST, List.of(new Document("enterpriseId", c.id())
                        .append("registrationId", requested.id()))), Roadshow.class).block(TIMEOUT);

        assertThat(migration.migrate().block(TIMEOUT)).isEqualTo(1);

        Document stored = mongo.findById(roadshow.id(), Document.class, Roadshow.COLLECTION).block(TIMEOUT);
        assertThat(stored).doesNotContainKeys(ListLedgerMigration.HOLDERS, ListLedgerMigration.WAITLIST);
        SeatLedger ledger = mongo.findById(roadshow.id(), SeatLedger.class).block(TIMEOUT);
        assertThat(ledger.freeSeats()).isZero();
        assertThat(ledger.waitlisted()).isEqualTo(1);
        assertThat(ledger.taking()).containsOnlyKeys(requested.id());
        assertThat(ledger.taking().get(requested.id()).seat()).isFalse();
        assertThat(stored(cancelled).releasedFrom()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(migration.migrate().block(TIMEOUT)).isZero();

        // The reconciler finishes both: C recorded as waiting, then B's seat let go and given to C.
        reconciler.reconcile(Instant.now().plus(SeatReconciler.GRACE)).block(TIMEOUT);
        assertThat(stored(requested).status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(stored(cancelled).seatReleased()).isTrue();
        SeatLedger finished = SeatConcurrencyTest.settledLedger(mongo, roadshow);
        assertThat(finished.freeSeats()).isZero();
        assertThat(finished.waitlisted()).isZero();
    }

    private Registration signUp(Roadshow roadshow, RoadshowFixtures.Firm firm) {
        return registrations.register(firm.member().user(), roadshow.id(), firm.id(), RoadshowFixtures.pitch())
                .block(TIMEOUT).registration();
    }

    private Registration stored(Registration registration) {
        return mongo.findById(registration.id(), Registration.class).block(TIMEOUT);
    }
}
