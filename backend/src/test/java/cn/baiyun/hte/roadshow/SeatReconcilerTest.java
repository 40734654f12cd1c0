package cn.baiyun.hte.roadshow;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import cn.baiyun.hte.support.PortalIntegrationTest;

import static cn.baiyun.hte.roadshow.RoadshowFixtures.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A crash between the ledger's update and the registration's own write leaves the two disagreeing; the
 * reconciler repairs the registration from the ledger (never the ledger from the registration) and tells
 * the firm, and leaves alone what a request may still be finishing. Each case is made by letting the
 * service do its work and then undoing the registration's own write, as a lost write would have left it.
 */
@PortalIntegrationTest
class SeatReconcilerTest {

    /** Older than the grace period, as the reconciler finds what a crash left. */
    static final Duration LONG_AGO = SeatReconciler.GRACE.plusMinutes(4);

    @Autowired
    RoadshowFixtures fixtures;
    @Autowired
    RegistrationService registrations;
    @Autowired
    SeatReconciler reconciler;
    @Autowired
    ReactiveMongoTemplate mongo;

    @Test
    void aSignUpTheLedgerSeatedButWhoseOwnWriteWasLostIsConfirmedAndTheFirmToldWhileAFreshOneIsLeftAlone() {
        Roadshow roadshow = fixtures.published(EventKind.ROADSHOW, 1, false);
        RoadshowFixtures.Firm a = fixtures.firm("修复甲企业");
        RoadshowFixtures.Firm b = fixtures.firm("修复乙企业");
        Registration seated = signUp(roadshow, a).registration();
        Registration waiting = signUp(roadshow, b).registration();
        SeatLedger before = ledger(roadshow);

        // The ledger decided; neither registration's write landed; one is still within the grace period.
        lostWrite(seated, RegistrationStatus.REQUESTED, LONG_AGO);
        lostWrite(waiting, RegistrationStatus.REQUESTED, Duration.ZERO);
        untold(a);
        untold(b);
        reconciler.reconcileDue().block(TIMEOUT);

        assertThat(stored(seated).status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(stored(seated).updatedAt()).isAfter(Instant.now().minus(LONG_AGO));
        assertThat(stored(waiting).status()).isEqualTo(RegistrationStatus.REQUESTED);
        assertThat(told(seated)).contains(RegistrationConfirmed.TYPE);

        lostWrite(waiting, RegistrationStatus.REQUESTED, LONG_AGO);
        reconciler.reconcileDue().block(TIMEOUT);
        assertThat(stored(waiting).status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(told(waiting)).contains(RegistrationWaitlisted.TYPE);
        // The ledger, the truth, was only read: same seat holder, same waitlist, nobody seated twice.
        assertThat(ledger(roadshow)).isEqualTo(before);
    }

    @Test
    void aPromotionTheLedgerMadeButTheRegistrationNeverRecordedIsRecordedAndTheFirmTold() {
        Roadshow roadshow = fixtures.published(EventKind.ROADSHOW, 1, false);
        RoadshowFixtures.Firm a = fixtures.firm("晋级甲企业");
        RoadshowFixtures.Firm b = fixtures.firm("晋级乙企业");
        Registration seated = signUp(roadshow, a).registration();
        Registration waiting = signUp(roadshow, b).registration();
        registrations.cancel(a.member().user(), seated.id()).block(TIMEOUT);
        assertThat(ledger(roadshow).holds(b.id(), waiting.id())).isTrue();

        // The promotion's own write is lost: the registration still says it waits, and nobody told the firm.
        lostWrite(waiting, RegistrationStatus.WAITLISTED, LONG_AGO);
        untold(b);
        reconciler.reconcileDue().block(TIMEOUT);

        assertThat(stored(waiting).status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(told(waiting)).contains(RegistrationPromoted.TYPE);
        assertThat(ledger(roadshow).holds(b.id(), waiting.id())).isTrue();
        assertThat(ledger(roadshow).freeSeats()).isZero();
    }

    @Test
    void aCancellationWhoseSeatWasNeverLetGoFreesItForTheFirstWaitingFirm() {
        Roadshow roadshow = fixtures.published(EventKind.ROADSHOW, 1, false);
        RoadshowFixtures.Firm a = fixtures.firm("释放甲企业");
        RoadshowFixtures.Firm b = fixtures.firm("释放乙企业");
        Registration seated = signUp(roadshow, a).registration();
        Registration waiting = signUp(roadshow, b).registration();

        // The cancellation was recorded; the crash came before the ledger let the seat go.
        mongo.updateFirst(Query.query(Criteria.where("_id").is(seated.id())), new Update()
                .set("status", RegistrationStatus.CANCELLED).set("seatReleased", false)
                .set("updatedAt", Instant.now().minus(LONG_AGO)), Registration.class).block(TIMEOUT);
        assertThat(ledger(roadshow).holds(a.id(), seated.id())).isTrue();
        reconciler.reconcileDue().block(TIMEOUT);

        assertThat(stored(seated).seatReleased()).isTrue();
        assertThat(ledger(roadshow).holders()).containsOnlyKeys(b.id());
        assertThat(ledger(roadshow).waitlist()).isEmpty();
        assertThat(stored(waiting).status()).isEqualTo(RegistrationStatus.CONFIRMED);
        // A second run finds nothing of these left to repair and changes nothing.
        SeatLedger repaired = ledger(roadshow);
        reconciler.reconcileDue().block(TIMEOUT);
        assertThat(ledger(roadshow)).isEqualTo(repaired);
    }

    private RegistrationView signUp(Roadshow roadshow, RoadshowFixtures.Firm firm) {
        return registrations.register(firm.member().user(), roadshow.id(), firm.id(), RoadshowFixtures.pitch())
                .block(TIMEOUT);
    }

    /** The registration as a lost write leaves it: the status it had before, last changed {@code ago}. */
    private void lostWrite(Registration registration, RegistrationStatus status, Duration ago) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(registration.id())),
                new Update().set("status", status).set("updatedAt", Instant.now().minus(ago)), Registration.class)
                .block(TIMEOUT);
    }

    private Registration stored(Registration registration) {
        return mongo.findById(registration.id(), Registration.class).block(TIMEOUT);
    }

    private SeatLedger ledger(Roadshow roadshow) {
        return mongo.findById(roadshow.id(), SeatLedger.class).block(TIMEOUT);
    }

    /** Forgets what the firm was told, as if the write that told it had never happened. */
    private void untold(RoadshowFixtures.Firm firm) {
        mongo.remove(Query.query(Criteria.where("enterpriseId").is(firm.id())), "notices").block(TIMEOUT);
    }

    /** The kinds of notice the firm's members were given about this registration. */
    private List<String> told(Registration registration) {
        return mongo.find(Query.query(Criteria.where("enterpriseId").is(registration.enterpriseId())), Document.class,
                "notices").map(notice -> notice.getString("eventType")).collectList().block(TIMEOUT);
    }
}
