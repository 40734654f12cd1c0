package cn.baiyun.hte.roadshow;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import cn.baiyun.hte.platform.events.Outbox;
import cn.baiyun.hte.support.PortalIntegrationTest;

import static cn.baiyun.hte.roadshow.RoadshowFixtures.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A crash between the ledger's counter and the registration's own write leaves the two disagreeing, with the
 * counter's claim in the ledger; the reconciler finishes the change from the claim (never counting it twice) and
 * tells the firm, and leaves alone what a request may still be finishing. Each case is made by letting the
 * services do their work and then putting back what a crash would have left: the registration's write undone,
 * the claim still there.
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
    void aSignUpCountedButWhoseOwnWriteWasLostIsConfirmedWithItsNumberAndTheFirmToldWhileAFreshOneIsLeftAlone() {
        Roadshow roadshow = fixtures.published(EventKind.ROADSHOW, 1, false);
        RoadshowFixtures.Firm a = fixtures.firm("修复甲企业");
        RoadshowFixtures.Firm b = fixtures.firm("修复乙企业");
        Registration seated = signUp(roadshow, a).registration();
        Registration waiting = signUp(roadshow, b).registration();
        SeatLedger before = quiet(roadshow);

        // The counters were taken with their claims; neither registration's write landed; one is still fresh.
        lostWrite(seated, RegistrationStatus.REQUESTED, LONG_AGO);
        lostWrite(waiting, RegistrationStatus.REQUESTED, Duration.ZERO);
        claim(roadshow, SeatLedger.TAKING, seated, new Document("seat", true).append("at", ago(LONG_AGO)));
        claim(roadshow, SeatLedger.TAKING, waiting, new Document("seat", false).append("at", ago(Duration.ZERO)));
        untold(a);
        untold(b);
        reconciler.reconcileDue().block(TIMEOUT);

        assertThat(stored(seated).status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(stored(seated).arrival()).isEqualTo(1);
        assertThat(stored(seated).updatedAt()).isAfter(Instant.now().minus(LONG_AGO));
        assertThat(stored(waiting).status()).isEqualTo(RegistrationStatus.REQUESTED);
        assertThat(ledger(roadshow).taking()).containsOnlyKeys(waiting.id());
        eventually(() -> told(seated), List.of(RegistrationConfirmed.TYPE));

        lostWrite(waiting, RegistrationStatus.REQUESTED, LONG_AGO);
        claim(roadshow, SeatLedger.TAKING, waiting, new Document("seat", false).append("at", ago(LONG_AGO)));
        reconciler.reconcileDue().block(TIMEOUT);
        assertThat(stored(waiting).status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(stored(waiting).arrival()).isEqualTo(2);
        eventually(() -> told(waiting), List.of(RegistrationWaitlisted.TYPE));
        // Nothing counted twice: the same counters as before the crash, and no claim left.
        eventually(() -> ledger(roadshow), before);
    }

    @Test
    void aSignUpLostBeforeItWasCountedIsCountedOnce() {
        Roadshow roadshow = fixtures.published(EventKind.ROADSHOW, 2, false);
        RoadshowFixtures.Firm a = fixtures.firm("未计甲企业");
        Registration seated = signUp(roadshow, a).registration();
        quiet(roadshow);
        // As a crash right after the registration's insert leaves it: REQUESTED, nothing counted.
        lostWrite(seated, RegistrationStatus.REQUESTED, LONG_AGO);
        seats(roadshow, 2, 0, 0);

        reconciler.reconcileDue().block(TIMEOUT);

        assertThat(stored(seated).status()).isEqualTo(RegistrationStatus.CONFIRMED);
        eventually(() -> ledger(roadshow), new SeatLedger(roadshow.id(), 1, 0, 1, null, null, null));
    }

    @Test
    void aPromotionCountedButNeverRecordedIsRecordedAndTheFirmTold() {
        Roadshow roadshow = fixtures.published(EventKind.ROADSHOW, 1, false);
        RoadshowFixtures.Firm a = fixtures.firm("晋级甲企业");
        RoadshowFixtures.Firm b = fixtures.firm("晋级乙企业");
        Registration seated = signUp(roadshow, a).registration();
        Registration waiting = signUp(roadshow, b).registration();
        registrations.cancel(a.member().user(), seated.id()).block(TIMEOUT);
        assertThat(stored(waiting).status()).isEqualTo(RegistrationStatus.CONFIRMED);
        quiet(roadshow);

        // The promotion was counted with its claim; its own write is lost and nobody told the firm.
        lostWrite(waiting, RegistrationStatus.WAITLISTED, LONG_AGO);
        claim(roadshow, SeatLedger.PROMOTING, waiting, ago(LONG_AGO));
        untold(b);
        reconciler.reconcileDue().block(TIMEOUT);

        assertThat(stored(waiting).status()).isEqualTo(RegistrationStatus.CONFIRMED);
        eventually(() -> told(waiting), List.of(RegistrationPromoted.TYPE));
        eventually(() -> ledger(roadshow), new SeatLedger(roadshow.id(), 0, 0, 2, null, null, null));
    }

    @Test
    void aPromotionCountedForAFirmThatCancelledMeanwhileGivesTheSeatToTheNextInLine() {
        Roadshow roadshow = fixtures.published(EventKind.ROADSHOW, 2, false);
        Registration a = signUp(roadshow, fixtures.firm("让位甲企业")).registration();
        signUp(roadshow, fixtures.firm("让位乙企业"));
        RoadshowFixtures.Firm c = fixtures.firm("让位丙企业");
        Registration first = signUp(roadshow, c).registration();
        Registration second = signUp(roadshow, fixtures.firm("让位丁企业")).registration();
        quiet(roadshow);

        // A cancelled and let its seat go; the seat was counted to C, the first in line, and the crash came.
        mongo.updateFirst(Query.query(Criteria.where("_id").is(a.id())), new Update()
                .set("status", RegistrationStatus.CANCELLED).set("seatReleased", true)
                .set("releasedFrom", RegistrationStatus.CONFIRMED), Registration.class).block(TIMEOUT);
        seats(roadshow, 0, 1, 4);
        claim(roadshow, SeatLedger.PROMOTING, first, ago(LONG_AGO));
        // C, still waiting as far as it knows, cancels: its waitlist place is let go.
        registrations.cancel(c.member().user(), first.id()).block(TIMEOUT);
        assertThat(stored(second).status()).isEqualTo(RegistrationStatus.WAITLISTED);

        reconciler.reconcileDue().block(TIMEOUT);

        assertThat(stored(first).status()).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(stored(second).status()).isEqualTo(RegistrationStatus.CONFIRMED);
        eventually(() -> ledger(roadshow), new SeatLedger(roadshow.id(), 0, 0, 4, null, null, null));
    }

    @Test
    void aCancellationWhoseSeatWasNeverLetGoFreesItForTheFirstWaitingFirm() {
        Roadshow roadshow = fixtures.published(EventKind.ROADSHOW, 1, false);
        RoadshowFixtures.Firm b = fixtures.firm("释放乙企业");
        Registration seated = signUp(roadshow, fixtures.firm("释放甲企业")).registration();
        Registration waiting = signUp(roadshow, b).registration();
        quiet(roadshow);

        // The cancellation was recorded; the crash came before the ledger let the seat go.
        cancelledUnreleased(seated);
        reconciler.reconcileDue().block(TIMEOUT);

        assertThat(stored(seated).seatReleased()).isTrue();
        assertThat(stored(waiting).status()).isEqualTo(RegistrationStatus.CONFIRMED);
        SeatLedger repaired = new SeatLedger(roadshow.id(), 0, 0, 2, null, null, null);
        eventually(() -> ledger(roadshow), repaired);
        // A second run finds nothing of these left to repair and changes nothing.
        reconciler.reconcileDue().block(TIMEOUT);
        assertThat(ledger(roadshow)).isEqualTo(repaired);
    }

    @Test
    void aCancellationWhoseSeatWasLetGoButNotRecordedIsNotLetGoTwice() {
        Roadshow roadshow = fixtures.published(EventKind.ROADSHOW, 1, false);
        Registration seated = signUp(roadshow, fixtures.firm("一次甲企业")).registration();
        Registration waiting = signUp(roadshow, fixtures.firm("一次乙企业")).registration();
        Registration last = signUp(roadshow, fixtures.firm("一次丙企业")).registration();
        quiet(roadshow);

        // The seat was let go with its claim (free again, the waitlist of two not yet served); then the crash.
        cancelledUnreleased(seated);
        seats(roadshow, 1, 2, 3);
        claim(roadshow, SeatLedger.RELEASING, seated, ago(LONG_AGO));
        reconciler.reconcileDue().block(TIMEOUT);

        // One seat freed, so one firm promoted: the first in line, not both.
        assertThat(stored(waiting).status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(stored(last).status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(stored(seated).seatReleased()).isTrue();
        eventually(() -> ledger(roadshow), new SeatLedger(roadshow.id(), 0, 1, 3, null, null, null));
    }

    private RegistrationView signUp(Roadshow roadshow, RoadshowFixtures.Firm firm) {
        return registrations.register(firm.member().user(), roadshow.id(), firm.id(), RoadshowFixtures.pitch())
                .block(TIMEOUT);
    }

    /**
     * The event once every change in flight is done: claims forgotten and events delivered (both follow a
     * sign-up's answer), so that what a test then changes stands as the crash it stands for.
     */
    private SeatLedger quiet(Roadshow roadshow) {
        SeatLedger ledger = SeatConcurrencyTest.settledLedger(mongo, roadshow);
        eventually(() -> mongo.count(Query.query(Criteria.where("roadshowId").is(roadshow.id())
                .and(Outbox.PENDING_EVENTS + ".0").exists(true)), Registration.class).block(TIMEOUT), 0L);
        return ledger;
    }

    /** The registration as a lost write leaves it: the status it had before (unnumbered if REQUESTED), old. */
    private void lostWrite(Registration registration, RegistrationStatus status, Duration ago) {
        Update update = new Update().set("status", status).set("updatedAt", Instant.now().minus(ago));
        if (status == RegistrationStatus.REQUESTED) {
            update.set("arrival", 0L);
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(registration.id())), update, Registration.class)
                .block(TIMEOUT);
    }

    /** A cancellation recorded long ago whose place the ledger has not yet let go. */
    private void cancelledUnreleased(Registration registration) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(registration.id())), new Update()
                .set("status", RegistrationStatus.CANCELLED).set("seatReleased", false)
                .set("releasedFrom", registration.status())
                .set("updatedAt", Instant.now().minus(LONG_AGO)), Registration.class).block(TIMEOUT);
    }

    /** The claim a counter's update left for the registration. */
    private void claim(Roadshow roadshow, String claims, Registration registration, Object value) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(roadshow.id())),
                new Update().set(claims + "." + registration.id(), value), Roadshow.class).block(TIMEOUT);
    }

    /** The counters as a crash left them. */
    private void seats(Roadshow roadshow, int free, int waitlisted, long arrivals) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(roadshow.id())), new Update()
                .set(SeatLedger.FREE_SEATS, free).set(SeatLedger.WAITLISTED, waitlisted)
                .set(SeatLedger.ARRIVALS, arrivals), Roadshow.class).block(TIMEOUT);
    }

    private static Date ago(Duration duration) {
        return Date.from(Instant.now().minus(duration));
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

    private static <T> void eventually(Supplier<T> read, T expected) {
        assertThat(Eventually.read(read, expected::equals)).isEqualTo(expected);
    }
}
