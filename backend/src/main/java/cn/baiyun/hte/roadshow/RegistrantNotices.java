package cn.baiyun.hte.roadshow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import cn.baiyun.hte.platform.events.EventHeader;
import cn.baiyun.hte.platform.events.NoticeToFirm;
import cn.baiyun.hte.platform.events.Outbox;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.time.ShanghaiTime;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Tells each registered firm what happened to its event, one notice per firm, each written in the same update
 * of the firm's registration that records it was told: the event's time or place changed or it was cancelled
 * (the event's {@link Roadshow#noticeRound()} moved past the registration's {@code toldRound}), and the day
 * before it starts ({@code reminded}). A firm is never told twice, and one that was not told yet (the
 * organiser's request ended half-way) is told by the next sweep ({@link RoadshowSweeps}).
 */
@Component
class RegistrantNotices {

    /** How long before the start the reminder goes out. */
    static final Duration REMINDER_AHEAD = Duration.ofDays(1);
    private static final ShanghaiTime TIME = new ShanghaiTime();

    private final ReactiveMongoTemplate mongo;
    private final Outbox outbox;
    private final Clock clock;

    RegistrantNotices(ReactiveMongoTemplate mongo, Outbox outbox, Clock clock) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Tells every active registration of the event not yet told of its latest change or its cancellation. */
    Mono<Long> tell(Roadshow roadshow) {
        Query untold = Query.query(Criteria.where("roadshowId").is(roadshow.id())
                .and("status").in(RegistrationStatus.CONFIRMED, RegistrationStatus.PENDING_APPROVAL,
                        RegistrationStatus.WAITLISTED, RegistrationStatus.REQUESTED)
                .and("toldRound").lt(roadshow.noticeRound()));
        return mongo.find(untold, Registration.class)
                .concatMap(registration -> outbox.update(Query.query(Criteria.where("_id").is(registration.id())
                                .and("toldRound").lt(roadshow.noticeRound())),
                        new Update().set("toldRound", roadshow.noticeRound()), Registration.class,
                        notice(roadshow, registration)))
                .count();
    }

    private NoticeToFirm notice(Roadshow roadshow, Registration registration) {
        EventHeader header;
        if (roadshow.status() == RoadshowStatus.CANCELLED) {
            header = header(EventCancelledNotice.TYPE, RoadshowSystem.ACTOR, registration);
            return new EventCancelledNotice(header, roadshow.id(), roadshow.titleZh(), roadshow.titleEn(),
                    roadshow.cancelReason());
        }
        header = header(EventChangedNotice.TYPE, RoadshowSystem.ACTOR, registration);
        return new EventChangedNotice(header, roadshow.id(), roadshow.titleZh(), roadshow.titleEn(),
                TIME.format(roadshow.startsAt()), place(roadshow));
    }

    /** Events whose firms may still be untold of a change: not long ago changed, and not yet over. */
    Flux<Roadshow> withChanges() {
        Instant now = Instant.now(clock);
        return mongo.find(Query.query(Criteria.where("noticeRound").gt(0).and("endsAt").gt(now)
                .and("status").in(RoadshowStatus.PUBLISHED, RoadshowStatus.CLOSED, RoadshowStatus.CANCELLED)),
                Roadshow.class);
    }

    /**
     * Reminds the firms with a confirmed seat at events starting within the next day, each once; how many were
     * reminded. A firm still waiting for the organisers' decision is not told to come (it may yet be refused),
     * nor one on the waitlist; a cancelled event reminds nobody.
     */
    Mono<Long> remindDue() {
        Instant now = Instant.now(clock);
        Query soon = Query.query(Criteria.where("status").in(RoadshowStatus.PUBLISHED, RoadshowStatus.CLOSED)
                .and("startsAt").gt(now).lte(now.plus(REMINDER_AHEAD)));
        return mongo.find(soon, Roadshow.class)
                .concatMap(roadshow -> mongo.find(Query.query(Criteria.where("roadshowId").is(roadshow.id())
                                .and("status").is(RegistrationStatus.CONFIRMED)
                                .and("reminded").is(false)), Registration.class)
                        .concatMap(registration -> outbox.update(Query.query(Criteria.where("_id").is(registration.id())
                                        .and("reminded").is(false)), new Update().set("reminded", true),
                                Registration.class, new RegistrationReminder(
                                        header(RegistrationReminder.TYPE, RoadshowSystem.ACTOR, registration),
                                        roadshow.id(), roadshow.titleZh(), roadshow.titleEn(),
                                        TIME.format(roadshow.startsAt()), place(roadshow)))))
                .count();
    }

    static String place(Roadshow roadshow) {
        if (roadshow.venue() != null && roadshow.onlineLink() != null) {
            return roadshow.venue() + " / " + roadshow.onlineLink();
        }
        return roadshow.venue() != null ? roadshow.venue() : roadshow.onlineLink();
    }

    private EventHeader header(String type, PortalUser actor, Registration registration) {
        return EventHeader.of(type, actor, "registration", registration.id(), registration.enterpriseId(), clock);
    }
}
