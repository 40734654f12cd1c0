package cn.baiyun.hte.roadshow;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import cn.baiyun.hte.platform.lease.Lease;
import cn.baiyun.hte.platform.lease.Leases;
import cn.baiyun.hte.platform.time.ClockConfiguration;
import cn.baiyun.hte.support.PortalIntegrationTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static cn.baiyun.hte.roadshow.RoadshowFixtures.REVIEWER;
import static cn.baiyun.hte.roadshow.RoadshowFixtures.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reminder the day before: run by the holder of its lease only, once per registration however often it
 * runs, to firms with a confirmed seat only (not those waiting for a seat or for the organisers' decision),
 * and never for a cancelled event.
 */
@PortalIntegrationTest
class DayBeforeReminderTest {

    @Autowired
    RoadshowFixtures fixtures;
    @Autowired
    RoadshowService roadshows;
    @Autowired
    RegistrationService registrations;
    @Autowired
    RoadshowSweeps sweeps;
    @Autowired
    Leases leases;
    @Autowired
    ReactiveMongoTemplate mongo;

    @Test
    void confirmedFirmsAreRemindedOnceByTheLeaseHolderAndNobodyElse() {
        Roadshow tomorrow = tomorrow(1, false);
        Roadshow decided = tomorrow(1, true);
        Roadshow cancelled = tomorrow(1, false);
        RoadshowFixtures.Firm confirmed = fixtures.firm("提醒确认企业");
        RoadshowFixtures.Firm waitlisted = fixtures.firm("提醒候补企业");
        RoadshowFixtures.Firm pending = fixtures.firm("提醒待审企业");
        RoadshowFixtures.Firm ofCancelled = fixtures.firm("提醒取消活动企业");
        assertThat(signUp(tomorrow, confirmed).status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(signUp(tomorrow, waitlisted).status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(signUp(decided, pending).status()).isEqualTo(RegistrationStatus.PENDING_APPROVAL);
        Registration atCancelled = signUp(cancelled, ofCancelled);
        roadshows.cancel(REVIEWER.user(), cancelled.id(), "场地调整").block(TIMEOUT);

        // Another replica holds the lease: this one sends nothing. (An earlier scheduled pass keeps the lease for its
        // interval: that interval is over, as if the test ran a day later.)
        mongo.remove(Query.query(Criteria.where("_id").is("roadshow-reminders")), Lease.class).block(TIMEOUT);
        Lease held = leases.acquire("roadshow-reminders", Duration.ofMinutes(1)).block(TIMEOUT);
        assertThat(held).isNotNull();
        assertThat(sweeps.remind().blockOptional(TIMEOUT)).isEmpty();
        assertThat(reminders(confirmed)).isEmpty();
        leases.release(held).block(TIMEOUT);

        // Run twice (as the schedule does): one reminder, where the event is.
        sweeps.remind().block(TIMEOUT);
        sweeps.remind().block(TIMEOUT);
        List<Document> sent = reminders(confirmed);
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).getString("link")).isEqualTo(RoadshowLinks.event(tomorrow.id()));
        assertThat(reminders(waitlisted)).isEmpty();
        assertThat(reminders(pending)).isEmpty();
        assertThat(reminders(ofCancelled)).isEmpty();
        assertThat(mongo.findById(atCancelled.id(), Registration.class).block(TIMEOUT).reminded()).isFalse();
    }

    /** An event starting in twelve hours, its registration open until six hours before. */
    private Roadshow tomorrow(int capacity, boolean approval) {
        LocalDateTime now = LocalDateTime.now(ClockConfiguration.ZONE).withSecond(0).withNano(0);
        RoadshowForm form = new RoadshowForm(EventKind.ROADSHOW, "明日路演", "Tomorrow's roadshow", "明日举行的路演。",
                null, List.of("科技金融"), List.of(), now.plusHours(12), now.plusHours(15), "白云区科创中心", null,
                capacity, now.minusHours(1), now.plusHours(6), approval, 2, List.of());
        Roadshow draft = roadshows.create(REVIEWER.user(), form).block(TIMEOUT);
        return roadshows.publish(REVIEWER.user(), draft.id()).block(TIMEOUT);
    }

    private Registration signUp(Roadshow roadshow, RoadshowFixtures.Firm firm) {
        return registrations.register(firm.member().user(), roadshow.id(), firm.id(), RoadshowFixtures.pitch())
                .block(TIMEOUT).registration();
    }

    private List<Document> reminders(RoadshowFixtures.Firm firm) {
        return mongo.find(Query.query(Criteria.where("enterpriseId").is(firm.id())
                .and("eventType").is(RegistrationReminder.TYPE)), Document.class, "notices").collectList()
                .block(TIMEOUT);
    }
}
