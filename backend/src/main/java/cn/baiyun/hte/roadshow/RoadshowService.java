package cn.baiyun.hte.roadshow;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import cn.baiyun.hte.enterprise.TechnicalFieldCatalogue;
import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.events.EventHeader;
import cn.baiyun.hte.platform.events.FieldChange;
import cn.baiyun.hte.platform.events.Outbox;
import cn.baiyun.hte.platform.paging.PageOf;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.time.ShanghaiTime;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Events: organisers ({@link RoadshowAccess#mayOrganise}) create and manage them; everyone, signed in or not,
 * reads the published ones. Drafts are seen by organisers only (anyone else gets 404). Every change is one
 * conditional update of the event's document with its {@link RoadshowChanged} event.
 */
@Service
public class RoadshowService {

    private static final ShanghaiTime TIME = new ShanghaiTime();

    private final ReactiveMongoTemplate mongo;
    private final Outbox outbox;
    private final Clock clock;
    private final TechnicalFieldCatalogue fields;
    private final SeatChanges seatChanges;
    private final RegistrantNotices notices;
    private final RoadshowListing listing;

    RoadshowService(ReactiveMongoTemplate mongo, Outbox outbox, Clock clock, TechnicalFieldCatalogue fields,
                    SeatChanges seatChanges, RegistrantNotices notices, RoadshowListing listing) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.clock = clock;
        this.fields = fields;
        this.seatChanges = seatChanges;
        this.notices = notices;
        this.listing = listing;
    }

    /** A new draft ({@code roadshow.created}); 403 for non-organisers, 422 with every problem of the form. */
    public Mono<Roadshow> create(PortalUser organiser, RoadshowForm form) {
        return Mono.fromCallable(() -> {
            RoadshowAccess.requireOrganiser(organiser);
            return RoadshowRules.check(form, fields);
        }).flatMap(checked -> {
            Instant now = Instant.now(clock);
            Roadshow draft = new Roadshow(null, checked.kind(), RoadshowStatus.DRAFT, checked.titleZh(),
                    checked.titleEn(), checked.descriptionZh(), checked.descriptionEn(), checked.themes(),
                    checked.technicalFields(), checked.startsAt(), checked.endsAt(), checked.venue(),
                    checked.onlineLink(), checked.capacity(), checked.registrationOpensAt(),
                    checked.registrationClosesAt(), checked.approvalRequired(), checked.attendeesPerFirm(),
                    checked.investorsExpected(), null, 0, organiser.id(), now, now, null);
            return outbox.insert(draft, created -> new RoadshowChanged(header(RoadshowChanged.CREATED, organiser,
                    created.id()), List.of(new FieldChange("titleZh", null, created.titleZh())), null));
        });
    }

    /**
     * Changes an event that is not completed or cancelled; {@code version} (nullable) guards against a stale
     * edit (412). A published event keeps its kind; its capacity may not drop below the seats taken, and more
     * seats go to the waitlist at once; registered firms are told of a new time or place.
     */
    public Mono<Roadshow> update(PortalUser organiser, String roadshowId, RoadshowForm form, Long version) {
        return Mono.fromRunnable(() -> RoadshowAccess.requireOrganiser(organiser))
                .then(existing(roadshowId))
                .flatMap(current -> {
                    if (current.status() == RoadshowStatus.COMPLETED || current.status() == RoadshowStatus.CANCELLED) {
                        return Mono.error(PortalException.conflict("roadshow.not-editable"));
                    }
                    if (version != null && !version.equals(current.version())) {
                        return Mono.error(PortalException.staleVersion());
                    }
                    RoadshowRules.Checked checked = RoadshowRules.check(form, fields);
                    boolean seated = current.status() != RoadshowStatus.DRAFT;
                    if (seated && checked.kind() != current.kind()) {
                        throw PortalException.invalid(new FieldProblem("kind", "roadshow.kind.fixed"));
                    }
                    return save(organiser, current, checked, seated);
                });
    }

    private Mono<Roadshow> save(PortalUser organiser, Roadshow current, RoadshowRules.Checked checked, boolean seated) {
        int delta = checked.capacity() - current.capacity();
        List<FieldChange> changes = changes(current, checked);
        // Firms are told of a new time or place while the event is ahead of them; moving it into the past only
        // corrects the record.
        boolean moved = seated && checked.startsAt().isAfter(Instant.now(clock)) && changes.stream()
                .anyMatch(change -> List.of("startsAt", "endsAt", "venue", "onlineLink").contains(change.field()));
        Criteria guard = Criteria.where("_id").is(current.id()).and("version").is(current.version());
        if (seated && delta < 0) {
            guard = guard.and(SeatLedger.FREE_SEATS).gte(-delta);
        }
        Update update = new Update().set("kind", checked.kind()).set("titleZh", checked.titleZh())
                .set("titleEn", checked.titleEn()).set("descriptionZh", checked.descriptionZh())
                .set("descriptionEn", checked.descriptionEn()).set("themes", checked.themes())
                .set("technicalFields", checked.technicalFields()).set("startsAt", checked.startsAt())
                .set("endsAt", checked.endsAt()).set("venue", checked.venue()).set("onlineLink", checked.onlineLink())
                .set("capacity", checked.capacity()).set("registrationOpensAt", checked.registrationOpensAt())
                .set("registrationClosesAt", checked.registrationClosesAt())
                .set("approvalRequired", checked.approvalRequired()).set("attendeesPerFirm", checked.attendeesPerFirm())
                .set("investorsExpected", checked.investorsExpected()).set("updatedAt", Instant.now(clock))
                .inc("version", 1);
        if (seated && delta != 0) {
            update.inc(SeatLedger.FREE_SEATS, delta);
        }
        if (moved) {
            update.inc("noticeRound", 1);
        }
        RoadshowChanged event = new RoadshowChanged(header(RoadshowChanged.UPDATED, organiser, current.id()), changes,
                null);
        return outbox.update(Query.query(guard), update, Roadshow.class, event)
                .switchIfEmpty(Mono.defer(() -> whyNotSaved(current, checked)))
                .flatMap(saved -> (delta > 0 ? seatChanges.fill(saved, organiser) : Mono.<Void>empty())
                        .then(moved ? notices.tell(saved) : Mono.empty())
                        .thenReturn(saved));
    }

    private Mono<Roadshow> whyNotSaved(Roadshow before, RoadshowRules.Checked checked) {
        return existing(before.id()).zipWith(seatChanges.seats(before)).flatMap(found -> {
            if (!Objects.equals(found.getT1().version(), before.version())) {
                return Mono.error(PortalException.staleVersion());
            }
            return Mono.error(PortalException.invalid(new FieldProblem("capacity", "roadshow.capacity.below-taken",
                    found.getT2().taken())));
        });
    }

    /** DRAFT → PUBLISHED: public, seats set up, sign-up within the registration window. */
    public Mono<Roadshow> publish(PortalUser organiser, String roadshowId) {
        return existingFor(organiser, roadshowId).flatMap(roadshow -> {
            Update update = new Update();
            SeatKeeper.initial(roadshow.capacity()).forEach(update::set);
            return transition(organiser, roadshow, List.of(RoadshowStatus.DRAFT), RoadshowStatus.PUBLISHED,
                    RoadshowChanged.PUBLISHED, update, null);
        });
    }

    /** PUBLISHED → CLOSED: no more sign-ups or edits; cancelling, promotion until the start, check-in go on. */
    public Mono<Roadshow> close(PortalUser organiser, String roadshowId) {
        return existingFor(organiser, roadshowId).flatMap(roadshow -> transition(organiser, roadshow,
                List.of(RoadshowStatus.PUBLISHED), RoadshowStatus.CLOSED, RoadshowChanged.CLOSED, new Update(), null));
    }

    /** PUBLISHED or CLOSED → COMPLETED, once the event has started. */
    public Mono<Roadshow> complete(PortalUser organiser, String roadshowId) {
        return existingFor(organiser, roadshowId).flatMap(roadshow -> {
            if (!roadshow.started(Instant.now(clock))) {
                return Mono.error(PortalException.conflict("roadshow.complete.not-started"));
            }
            return transition(organiser, roadshow, List.of(RoadshowStatus.PUBLISHED, RoadshowStatus.CLOSED),
                    RoadshowStatus.COMPLETED, RoadshowChanged.COMPLETED, new Update(), null);
        });
    }

    /** Any status but COMPLETED → CANCELLED, with a reason every registered firm is told. */
    public Mono<Roadshow> cancel(PortalUser organiser, String roadshowId, String reason) {
        String note = RoadshowRules.strip(reason);
        return existingFor(organiser, roadshowId).flatMap(roadshow -> {
            List<FieldProblem> problems = new ArrayList<>();
            RoadshowRules.required(problems, "reason", note, RoadshowRules.MAX_TEXT * 5);
            if (!problems.isEmpty()) {
                return Mono.error(PortalException.invalid(problems));
            }
            Update update = new Update().set("cancelReason", note);
            if (roadshow.status() != RoadshowStatus.DRAFT) {
                update.inc("noticeRound", 1);
            }
            return transition(organiser, roadshow, List.of(RoadshowStatus.DRAFT, RoadshowStatus.PUBLISHED,
                    RoadshowStatus.CLOSED), RoadshowStatus.CANCELLED, RoadshowChanged.CANCELLED, update, note)
                    .flatMap(cancelled -> notices.tell(cancelled).thenReturn(cancelled));
        });
    }

    private Mono<Roadshow> transition(PortalUser organiser, Roadshow roadshow, List<RoadshowStatus> from,
                                      RoadshowStatus to, String type, Update update, String reason) {
        Query query = Query.query(Criteria.where("_id").is(roadshow.id()).and("status").in(from));
        update.set("status", to).set("updatedAt", Instant.now(clock)).inc("version", 1);
        RoadshowChanged event = new RoadshowChanged(header(type, organiser, roadshow.id()),
                List.of(new FieldChange("status", roadshow.status().name(), to.name())), reason);
        return outbox.update(query, update, Roadshow.class, event)
                .switchIfEmpty(Mono.defer(() -> Mono.error(PortalException.conflict("roadshow.status.conflict"))));
    }

    /** One event: any public one for anyone ({@code reader} null when anonymous), a draft for organisers only. */
    public Mono<Roadshow> find(PortalUser reader, String roadshowId) {
        return existing(roadshowId)
                .filter(roadshow -> roadshow.status().isPublic() || RoadshowAccess.mayOrganise(reader))
                .switchIfEmpty(Mono.error(PortalException::notFound));
    }

    /**
     * A page of events, upcoming first (by start), then past ones (latest first); organisers also see drafts.
     * A bad filter (month not {@code yyyy-MM}), limit or cursor is a 422 on its field.
     */
    public Mono<PageOf<Roadshow>> list(PortalUser reader, RoadshowSearch search) {
        return listing.page(RoadshowAccess.mayOrganise(reader), search, Instant.now(clock));
    }

    /** The next published events that have not ended, soonest first, for home pages. */
    public Flux<Roadshow> upcoming(int limit) {
        Query query = Query.query(Criteria.where("status").in(RoadshowStatus.PUBLISHED, RoadshowStatus.CLOSED)
                .and("endsAt").gte(Instant.now(clock))).with(Sort.by("startsAt", "_id")).limit(limit);
        return mongo.find(query, Roadshow.class);
    }

    /** The event's seats now (all zero taken for a draft). */
    public Mono<Seats> seats(Roadshow roadshow) {
        return seatChanges.seats(roadshow);
    }

    private Mono<Roadshow> existingFor(PortalUser organiser, String roadshowId) {
        return Mono.fromRunnable(() -> RoadshowAccess.requireOrganiser(organiser)).then(existing(roadshowId));
    }

    private Mono<Roadshow> existing(String roadshowId) {
        if (roadshowId == null || !ObjectId.isValid(roadshowId)) {
            return Mono.error(PortalException.notFound());
        }
        return mongo.findById(roadshowId, Roadshow.class).switchIfEmpty(Mono.error(PortalException::notFound));
    }

    private EventHeader header(String type, PortalUser actor, String roadshowId) {
        return EventHeader.of(type, actor, "roadshow", roadshowId, null, clock);
    }

    private static List<FieldChange> changes(Roadshow before, RoadshowRules.Checked after) {
        List<FieldChange> changes = new ArrayList<>();
        change(changes, "titleZh", before.titleZh(), after.titleZh(), Function.identity());
        change(changes, "titleEn", before.titleEn(), after.titleEn(), Function.identity());
        change(changes, "startsAt", before.startsAt(), after.startsAt(), TIME::format);
        change(changes, "endsAt", before.endsAt(), after.endsAt(), TIME::format);
        change(changes, "venue", before.venue(), after.venue(), Function.identity());
        change(changes, "onlineLink", before.onlineLink(), after.onlineLink(), Function.identity());
        change(changes, "capacity", before.capacity(), after.capacity(), String::valueOf);
        change(changes, "registrationOpensAt", before.registrationOpensAt(), after.registrationOpensAt(), TIME::format);
        change(changes, "registrationClosesAt", before.registrationClosesAt(), after.registrationClosesAt(),
                TIME::format);
        change(changes, "approvalRequired", before.approvalRequired(), after.approvalRequired(), String::valueOf);
        change(changes, "attendeesPerFirm", before.attendeesPerFirm(), after.attendeesPerFirm(), String::valueOf);
        return changes;
    }

    private static <T> void change(List<FieldChange> changes, String field, T before, T after, Function<T, String> text) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, before == null ? null : text.apply(before),
                    after == null ? null : text.apply(after)));
        }
    }
}
