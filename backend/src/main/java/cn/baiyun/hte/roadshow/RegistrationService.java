package cn.baiyun.hte.roadshow;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.baiyun.hte.enterprise.Enterprise;
import cn.baiyun.hte.enterprise.EnterpriseService;
import cn.baiyun.hte.enterprise.FirmAccess;
import cn.baiyun.hte.enterprise.UnifiedSocialCreditCode;
import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.events.DomainEvent;
import cn.baiyun.hte.platform.events.EventHeader;
import cn.baiyun.hte.platform.events.FieldChange;
import cn.baiyun.hte.platform.events.Outbox;
import cn.baiyun.hte.platform.mongo.CursorPaging;
import cn.baiyun.hte.platform.paging.PageOf;
import cn.baiyun.hte.platform.paging.PageRequest;
import cn.baiyun.hte.platform.paging.PageSize;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.time.ShanghaiTime;
import cn.baiyun.hte.platform.upload.DisplayName;
import cn.baiyun.hte.platform.upload.FileDownload;
import cn.baiyun.hte.platform.upload.FileType;
import cn.baiyun.hte.platform.upload.UploadProperties;
import cn.baiyun.hte.pool.PoolOverview;
import org.bson.types.ObjectId;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Firms' registrations: sign-up by an approved member of the firm, once per firm and event; seats counted by
 * the event's {@link SeatLedger} counters (never oversold), waitlist promotion, organisers' decisions, check-in,
 * outcomes, pitch decks. A firm sees only its own registrations (another firm's id answers 404); organisers
 * see all; clients with {@code roadshows:read} read published events' registrations, phones only with consent.
 * Every change is one guarded update of the registration with its event; seat changes go through
 * {@link SeatChanges}.
 */
@Service
public class RegistrationService {

    public static final PageSize PAGE_SIZE = new PageSize(50, 200);
    private static final ShanghaiTime TIME = new ShanghaiTime();
    /** Check-in codes drawn again after colliding with another of the event's (practically never twice). */
    private static final int CODE_DRAWS = 5;
    /** How long before the start the door opens, for attendance entered afterwards. */
    private static final Duration DOOR_OPENS = Duration.ofHours(2);
    /** Firms looked up at once while a list of registrations is shown. */
    private static final int FIRM_LOOKUPS = 8;
    private static final List<RegistrationStatus> ACTIVE = List.of(RegistrationStatus.CONFIRMED,
            RegistrationStatus.PENDING_APPROVAL, RegistrationStatus.WAITLISTED);

    private final ReactiveMongoTemplate mongo;
    private final Outbox outbox;
    private final Clock clock;
    private final FirmAccess access;
    private final EnterpriseService enterprises;
    private final PoolOverview pool;
    private final SeatChanges seats;
    private final DeckStore decks;
    private final UploadProperties limits;

    RegistrationService(ReactiveMongoTemplate mongo, Outbox outbox, Clock clock, FirmAccess access,
                        EnterpriseService enterprises, PoolOverview pool, SeatChanges seats, DeckStore decks,
                        UploadProperties limits) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.clock = clock;
        this.access = access;
        this.enterprises = enterprises;
        this.pool = pool;
        this.seats = seats;
        this.decks = decks;
        this.limits = limits;
    }

    /** The largest deck accepted, in megabytes, for forms' hints. */
    public long deckMaxMegabytes() {
        return limits.maxMegabytes();
    }

    /**
     * Signs the firm up: CONFIRMED (or PENDING_APPROVAL) while seats are free, else WAITLISTED with its place.
     * 403 for callers who are not firm users, 404 for a firm the caller is not an approved member of or an
     * event they cannot see, 409 when registration is not open or the firm is registered already, 400 for
     * the form's problems, a missing firm among them. Nothing is stored when refused.
     */
    public Mono<RegistrationView> register(PortalUser member, String roadshowId, String enterpriseId,
                                           RegistrationForm form) {
        return requireFirmUser(member)
                .then(Mono.zip(chosenFirm(member, enterpriseId), sighted(roadshowId)))
                .flatMap(found -> {
                    Roadshow roadshow = found.getT2().roadshow();
                    Instant now = Instant.now(clock);
                    if (!roadshow.registrationOpen(now)) {
                        return Mono.error(PortalException.conflict("roadshow.registration.closed"));
                    }
                    RegistrationRules.Checked checked = RegistrationRules.checkSignUp(found.getT1().isPresent(), form,
                            roadshow);
                    return insert(member, roadshow, found.getT1().get(), checked, now, 1)
                            .flatMap(requested -> seats.settle(requested, roadshow, found.getT2().looksFull(), member));
                });
    }

    /**
     * The firm signing up, read as the member reads it, which checks the membership (404 for another's);
     * none when the caller named none (a member of several firms who did not choose), a problem of the form.
     */
    private Mono<Optional<Enterprise>> chosenFirm(PortalUser member, String enterpriseId) {
        return enterpriseId == null || enterpriseId.isBlank() ? Mono.just(Optional.empty())
                : enterprises.find(member, enterpriseId).map(Optional::of);
    }

    private Mono<Registration> insert(PortalUser member, Roadshow roadshow, Enterprise firm,
                                      RegistrationRules.Checked checked, Instant now, int draw) {
        Registration requested = new Registration(new ObjectId().toHexString(), roadshow.id(), firm.id(), firm.uscc(),
                RegistrationStatus.REQUESTED, checked.pitch(), checked.attendees(), checked.consentToShareContacts(),
                null, CheckInCodes.next(), null, null, null, null, 0, true, null, false, roadshow.noticeRound(), member.id(),
                now, now, 0L);
        return mongo.insert(requested).onErrorResume(DuplicateKeyException.class, duplicate ->
                mongo.exists(Query.query(Criteria.where("roadshowId").is(roadshow.id()).and("enterpriseId").is(firm.id())),
                                Registration.class)
                        .flatMap(registered -> registered || draw >= CODE_DRAWS
                                ? Mono.error(PortalException.conflict("roadshow.registration.duplicate"))
                                : insert(member, roadshow, firm, checked, now, draw + 1)));
    }

    /** The firm changes what it registered, until registration closes (409 after); the seat stays as it is. */
    public Mono<RegistrationView> edit(PortalUser member, String registrationId, RegistrationForm form) {
        return ownRegistration(member, registrationId).flatMap(registration -> withRoadshow(registration)
                .flatMap(roadshow -> {
                    if (!roadshow.editable(Instant.now(clock)) || !ACTIVE.contains(registration.status())) {
                        return Mono.error(PortalException.conflict("roadshow.registration.edit-closed"));
                    }
                    RegistrationRules.Checked checked = RegistrationRules.check(form, roadshow);
                    List<FieldChange> changes = edits(registration, checked);
                    Update update = new Update().set("pitch", checked.pitch()).set("attendees", checked.attendees())
                            .set("consentToShareContacts", checked.consentToShareContacts())
                            .set("updatedAt", Instant.now(clock)).inc("version", 1);
                    var edited = new RegistrationChanged(header(RegistrationChanged.EDITED, member, registration),
                            roadshow.id(), changes);
                    return outbox.update(sameVersion(registration), update, Registration.class, edited)
                            .switchIfEmpty(Mono.error(PortalException::staleVersion))
                            .flatMap(saved -> seats.view(saved, roadshow));
                }));
    }

    /** The firm cancels, until the event starts (409 after); its seat goes at once to the first waitlisted firm. */
    public Mono<RegistrationView> cancel(PortalUser member, String registrationId) {
        return ownRegistration(member, registrationId).flatMap(registration -> withRoadshow(registration)
                .flatMap(roadshow -> {
                    if (roadshow.started(Instant.now(clock)) || roadshow.status() == RoadshowStatus.CANCELLED
                            || !ACTIVE.contains(registration.status())) {
                        return Mono.error(PortalException.conflict("roadshow.registration.cancel-closed"));
                    }
                    var cancelled = new RegistrationCancelled(header(RegistrationCancelled.TYPE, member, registration),
                            roadshow.id(), roadshow.titleZh(), roadshow.titleEn());
                    return letGo(registration, roadshow, RegistrationStatus.CANCELLED, null, cancelled, member);
                }));
    }

    /** Organisers confirm a pending registration, with an optional note. */
    public Mono<RegistrationView> approve(PortalUser organiser, String registrationId, String reason) {
        String note = RoadshowRules.strip(reason);
        return organised(organiser, registrationId).flatMap(registration -> withRoadshow(registration)
                .flatMap(roadshow -> {
                    if (registration.status() != RegistrationStatus.PENDING_APPROVAL || !decidable(roadshow)) {
                        return Mono.error(PortalException.conflict("roadshow.registration.not-pending"));
                    }
                    reasonChecked(note, false);
                    var approved = new RegistrationApproved(header(RegistrationApproved.TYPE, organiser, registration),
                            roadshow.id(), roadshow.titleZh(), roadshow.titleEn(), note);
                    Update update = new Update().set("status", RegistrationStatus.CONFIRMED)
                            .set("decisionReason", note).set("updatedAt", Instant.now(clock)).inc("version", 1);
                    return outbox.update(inStatus(registration), update, Registration.class, approved)
                            .switchIfEmpty(Mono.error(() -> PortalException.conflict("roadshow.registration.not-pending")))
                            .map(saved -> new RegistrationView(saved, roadshow, 0));
                }));
    }

    /** Organisers reject a pending or waitlisted registration with a reason (required); the seat goes on. */
    public Mono<RegistrationView> reject(PortalUser organiser, String registrationId, String reason) {
        String note = RoadshowRules.strip(reason);
        return organised(organiser, registrationId).flatMap(registration -> withRoadshow(registration)
                .flatMap(roadshow -> {
                    if (!(registration.status() == RegistrationStatus.PENDING_APPROVAL
                            || registration.status() == RegistrationStatus.WAITLISTED) || !decidable(roadshow)) {
                        return Mono.error(PortalException.conflict("roadshow.registration.not-pending"));
                    }
                    reasonChecked(note, true);
                    var rejected = new RegistrationRejected(header(RegistrationRejected.TYPE, organiser, registration),
                            roadshow.id(), roadshow.titleZh(), roadshow.titleEn(), note);
                    return letGo(registration, roadshow, RegistrationStatus.REJECTED, note, rejected, organiser);
                }));
    }

    /**
     * Records that the registration no longer takes part, with its event, then lets its seat or waitlist place
     * go; {@code seatReleased} stays false in between, for the reconciler should the second step not happen.
     */
    private Mono<RegistrationView> letGo(Registration registration, Roadshow roadshow, RegistrationStatus status,
                                        String reason, DomainEvent event, PortalUser actor) {
        Update update = new Update().set("status", status).set("seatReleased", false)
                .set("releasedFrom", registration.status()).set("decisionReason", reason)
                .set("updatedAt", Instant.now(clock)).inc("version", 1);
        return outbox.update(inStatus(registration), update, Registration.class, event)
                .switchIfEmpty(Mono.error(() -> PortalException.conflict("roadshow.registration.changed")))
                .flatMap(saved -> seats.release(saved, roadshow, actor)
                        .then(mongo.findById(saved.id(), Registration.class)))
                .map(saved -> new RegistrationView(saved, roadshow, 0));
    }

    /**
     * Checks in the firm whose code this is, at this event; a second check-in answers the first's result.
     * A code that is no registration's at this event is a 400 on {@code code}; a registration without a
     * confirmed seat is refused with 409.
     */
    public Mono<RegistrationView> checkIn(PortalUser organiser, String roadshowId, String code) {
        return checkIn(organiser, roadshowId, code, null);
    }

    /**
     * Checks a firm in as it arrived at {@code arrivedAt}, which must be between two hours before the start
     * and the end (400 on {@code arrivedAt} otherwise): attendance taken on the door's paper list and entered
     * afterwards, as the demo's past roadshow was attended.
     */
    public Mono<RegistrationView> checkInAt(PortalUser organiser, String roadshowId, String code, Instant arrivedAt) {
        return checkIn(organiser, roadshowId, code, Objects.requireNonNull(arrivedAt));
    }

    private Mono<RegistrationView> checkIn(PortalUser organiser, String roadshowId, String code, Instant arrivedAt) {
        return Mono.fromRunnable(() -> RoadshowAccess.requireOrganiser(organiser))
                .then(roadshowFor(organiser, roadshowId))
                .flatMap(roadshow -> {
                    if (arrivedAt != null && (arrivedAt.isBefore(roadshow.startsAt().minus(DOOR_OPENS))
                            || arrivedAt.isAfter(roadshow.endsAt()))) {
                        return Mono.error(PortalException.invalid(
                                new FieldProblem("arrivedAt", "roadshow.check-in.outside-event")));
                    }
                    String normalized = CheckInCodes.normalized(code);
                    Mono<Registration> found = normalized == null ? Mono.empty()
                            : mongo.findOne(Query.query(Criteria.where("roadshowId").is(roadshow.id())
                                    .and("checkInCode").is(normalized)), Registration.class);
                    return found
                            .switchIfEmpty(Mono.error(() -> PortalException.invalid(
                                    new FieldProblem("code", "roadshow.check-in.unknown"))))
                            .flatMap(registration -> {
                                if (registration.checkedIn()) {
                                    return Mono.just(registration);
                                }
                                if (registration.status() != RegistrationStatus.CONFIRMED
                                        || roadshow.status() == RoadshowStatus.CANCELLED
                                        || roadshow.status() == RoadshowStatus.DRAFT) {
                                    return Mono.error(PortalException.conflict("roadshow.check-in.not-confirmed"));
                                }
                                Instant now = arrivedAt != null ? arrivedAt : Instant.now(clock);
                                var checkedIn = new RegistrationChanged(header(RegistrationChanged.CHECKED_IN, organiser,
                                        registration), roadshow.id(), List.of(new FieldChange("checkedInAt", null,
                                        TIME.format(now))));
                                return outbox.update(Query.query(Criteria.where("_id").is(registration.id())
                                                        .and("checkedInAt").is(null).and("status")
                                                        .is(RegistrationStatus.CONFIRMED)),
                                                new Update().set("checkedInAt", now).set("checkedInBy", organiser.id())
                                                        .inc("version", 1), Registration.class, checkedIn)
                                        // Checked in by another organiser at the same moment: harmless.
                                        .switchIfEmpty(Mono.defer(() -> mongo.findById(registration.id(),
                                                Registration.class)));
                            })
                            .map(registration -> new RegistrationView(registration, roadshow, 0));
                });
    }

    /** Organisers record (or correct) what came of a firm's participation, once the event has started. */
    public Mono<RegistrationView> recordOutcome(PortalUser organiser, String registrationId, OutcomeForm form) {
        return organised(organiser, registrationId).flatMap(registration -> withRoadshow(registration)
                .flatMap(roadshow -> {
                    if (!roadshow.started(Instant.now(clock)) || roadshow.status() == RoadshowStatus.CANCELLED
                            || registration.status() != RegistrationStatus.CONFIRMED) {
                        return Mono.error(PortalException.conflict("roadshow.outcome.too-early"));
                    }
                    Outcome outcome = outcome(form, organiser);
                    var recorded = new RegistrationChanged(header(RegistrationChanged.OUTCOME_RECORDED, organiser,
                            registration), roadshow.id(), List.of(new FieldChange("financingObtained",
                            registration.outcome() == null ? null : String.valueOf(registration.outcome().financingObtained()),
                            String.valueOf(outcome.financingObtained()))));
                    return outbox.update(Query.query(Criteria.where("_id").is(registration.id())),
                                    new Update().set("outcome", outcome).set("updatedAt", Instant.now(clock))
                                            .inc("version", 1), Registration.class, recorded)
                            .map(saved -> new RegistrationView(saved, roadshow, 0));
                }));
    }

    private Outcome outcome(OutcomeForm form, PortalUser organiser) {
        List<FieldProblem> problems = new ArrayList<>();
        boolean obtained = Boolean.TRUE.equals(form.financingObtained());
        BigDecimal amount = form.financingAmount();
        if (amount != null && (amount.signum() <= 0 || amount.compareTo(RegistrationRules.MAX_AMOUNT) > 0
                || amount.stripTrailingZeros().scale() > 2)) {
            problems.add(new FieldProblem("financingAmount", "roadshow.amount.invalid"));
        } else if (amount != null && !obtained) {
            problems.add(new FieldProblem("financingAmount", "roadshow.outcome.amount-without-financing"));
        }
        String note = RoadshowRules.optional(problems, "note", form.note(), RegistrationRules.MAX_SUMMARY);
        if (!problems.isEmpty()) {
            throw PortalException.invalid(problems);
        }
        return new Outcome(Boolean.TRUE.equals(form.investorInterest()), Boolean.TRUE.equals(form.followUpMeeting()),
                obtained, amount, note, Instant.now(clock), organiser.id());
    }

    /** One registration, for its firm's members and organisers (and clients with the scope); else 404. */
    public Mono<RegistrationView> find(PortalUser reader, String registrationId) {
        return existing(registrationId).flatMap(registration -> {
            Mono<Void> allowed = RoadshowAccess.mayReadRegistrations(reader) ? Mono.empty()
                    : requireFirmUser(reader).then(access.requireFirmMember(reader, registration.enterpriseId()));
            return allowed.then(withRoadshow(registration))
                    .filter(roadshow -> roadshow.status().isPublic() || RoadshowAccess.mayOrganise(reader))
                    .switchIfEmpty(Mono.error(PortalException::notFound))
                    .flatMap(roadshow -> seats.view(shownTo(reader, registration), roadshow));
        });
    }

    /** The firm's registration for this event, for its members; empty when the firm has none. */
    public Mono<RegistrationView> ofFirm(PortalUser member, String roadshowId, String enterpriseId) {
        return requireFirmUser(member).then(access.requireFirmMember(member, enterpriseId))
                .then(publicRoadshow(roadshowId))
                .flatMap(roadshow -> mongo.findOne(Query.query(Criteria.where("roadshowId").is(roadshow.id())
                                .and("enterpriseId").is(enterpriseId)), Registration.class)
                        .flatMap(registration -> seats.view(registration, roadshow)));
    }

    /** All the firm's registrations, latest event first, for its members (the firm's home page). */
    public Flux<RegistrationView> firmRegistrations(PortalUser member, String enterpriseId) {
        return requireFirmUser(member).then(access.requireFirmMember(member, enterpriseId))
                .thenMany(mongo.find(Query.query(Criteria.where("enterpriseId").is(enterpriseId))
                        .with(Sort.by(Sort.Direction.DESC, "_id")), Registration.class))
                .concatMap(registration -> withRoadshow(registration).flatMap(roadshow -> seats.view(registration, roadshow)))
                .sort(Comparator.comparing((RegistrationView view) -> view.roadshow().startsAt()).reversed());
    }

    /** A page of an event's registrations in the order they were made, for organisers and reading clients. */
    public Mono<PageOf<RegistrationEntry>> entries(PortalUser reader, String roadshowId, Integer limit, String cursor) {
        return readable(reader, roadshowId).flatMap(roadshow -> PageRequest.checked(limit, cursor, PAGE_SIZE)
                .flatMap(page -> CursorPaging.page(mongo, Criteria.where("roadshowId").is(roadshow.id()),
                        Registration.class, page, Registration::id))
                .flatMap(page -> entries(reader, roadshow, page.items()).map(items -> new PageOf<>(items, page.next()))));
    }

    /** Every active registration of an event in the order they were made, for the organisers' exports. */
    public Flux<RegistrationEntry> participants(PortalUser organiser, String roadshowId) {
        return Mono.fromRunnable(() -> RoadshowAccess.requireOrganiser(organiser))
                .then(roadshowFor(organiser, roadshowId))
                .flatMapMany(roadshow -> mongo.find(Query.query(Criteria.where("roadshowId").is(roadshow.id())
                                .and("status").in(ACTIVE)).with(Sort.by("_id")), Registration.class)
                        .collectList()
                        .flatMap(registrations -> entries(organiser, roadshow, registrations)))
                .flatMapIterable(Function.identity());
    }

    private Mono<List<RegistrationEntry>> entries(PortalUser reader, Roadshow roadshow, List<Registration> registrations) {
        List<String> firmIds = registrations.stream().map(Registration::enterpriseId).distinct().toList();
        Mono<Map<String, Enterprise>> firms = Flux.fromIterable(registrations)
                .flatMapSequential(registration -> enterprises.withCode(UnifiedSocialCreditCode.of(registration.uscc()),
                        null), FIRM_LOOKUPS)
                .collectMap(Enterprise::id, Function.identity());
        Mono<Map<String, PoolOverview.Standing>> tiers = pool.publishedTiers(firmIds)
                .collectMap(PoolOverview.Standing::enterpriseId, Function.identity());
        Mono<Map<String, Integer>> waitlist = registrations.stream()
                .anyMatch(registration -> registration.status() == RegistrationStatus.WAITLISTED)
                ? seats.waitlist(roadshow) : Mono.just(Map.of());
        return Mono.zip(firms, tiers, waitlist).map(found -> registrations.stream()
                .map(registration -> {
                    Enterprise firm = found.getT1().get(registration.enterpriseId());
                    PoolOverview.Standing tier = found.getT2().get(registration.enterpriseId());
                    int position = found.getT3().getOrDefault(registration.id(), 0);
                    return new RegistrationEntry(shownTo(reader, registration),
                            firm == null ? null : firm.name(), registration.uscc(),
                            firm == null ? null : firm.profile().technicalField(),
                            tier == null ? null : tier.tier(), tier == null ? null : tier.cycleYear(), position);
                }).toList());
    }

    /**
     * Stores the firm's pitch deck (PDF only, checked like evidence documents) and replaces any earlier one;
     * until registration closes. 413 over the size limit, 400 for another type or a broken file.
     */
    public Mono<RegistrationView> uploadDeck(PortalUser member, String registrationId, String filename,
                                             Flux<DataBuffer> content) {
        return ownRegistration(member, registrationId).flatMap(registration -> withRoadshow(registration)
                .flatMap(roadshow -> {
                    if (!roadshow.kind().pitches()) {
                        return Mono.error(PortalException.conflict("roadshow.deck.training"));
                    }
                    if (!roadshow.editable(Instant.now(clock)) || !ACTIVE.contains(registration.status())) {
                        return Mono.error(PortalException.conflict("roadshow.registration.edit-closed"));
                    }
                    if (filename == null) {
                        return Mono.error(PortalException.invalid(new FieldProblem(DeckStore.FILE, "NotNull")));
                    }
                    ObjectId fileId = new ObjectId();
                    return decks.store(fileId, registration, limits.maxBytes(), content).flatMap(inspected -> {
                        PitchDeck deck = new PitchDeck(fileId.toHexString(), DisplayName.of(filename, FileType.PDF),
                                inspected.size(), inspected.sha256(), Instant.now(clock));
                        var uploaded = new RegistrationChanged(header(RegistrationChanged.DECK_UPLOADED, member,
                                registration), roadshow.id(), List.of(new FieldChange("deck",
                                registration.deck() == null ? null : registration.deck().originalName(),
                                deck.originalName())));
                        return outbox.update(Query.query(Criteria.where("_id").is(registration.id())),
                                        new Update().set("deck", deck).set("updatedAt", Instant.now(clock))
                                                .inc("version", 1), Registration.class, uploaded)
                                .flatMap(saved -> decks.remove(registration.deck()).thenReturn(saved))
                                .flatMap(saved -> seats.view(saved, roadshow));
                    });
                }));
    }

    /** The deck as a streamed attachment, for the firm's members and organisers. */
    public Mono<ResponseEntity<Flux<DataBuffer>>> downloadDeck(PortalUser reader, String registrationId) {
        Mono<Registration> readable = RoadshowAccess.mayOrganise(reader) ? existing(registrationId)
                : ownRegistration(reader, registrationId);
        return readable.filter(registration -> registration.deck() != null)
                .switchIfEmpty(Mono.error(PortalException::notFound))
                .map(registration -> {
                    PitchDeck deck = registration.deck();
                    return FileDownload.of(FileType.PDF_MEDIA_TYPE, deck.size(), deck.originalName(), deck.sha256(),
                            decks.content(deck));
                });
    }

    /** Every deck of an event's active registrations, each streamed only when its content is subscribed. */
    public Flux<DeckFile> decks(PortalUser organiser, String roadshowId) {
        return participants(organiser, roadshowId)
                .filter(entry -> entry.registration().deck() != null)
                .map(entry -> {
                    PitchDeck deck = entry.registration().deck();
                    String firm = entry.firmName() == null ? entry.uscc() : entry.firmName();
                    String name = DisplayName.of(firm + " - " + deck.originalName(), FileType.PDF);
                    return new DeckFile(entry.registration(), entry.firmName(), name, deck.size(),
                            Flux.defer(() -> decks.content(deck)));
                });
    }

    /**
     * What this reader may see of a registration: integration clients never its check-in code or who signed
     * up, and attendees' phone numbers only where the firm consented to share them.
     */
    private static Registration shownTo(PortalUser reader, Registration registration) {
        if (reader == null || !reader.client()) {
            return registration;
        }
        List<Attendee> attendees = registration.consentToShareContacts() ? registration.attendees()
                : registration.attendees().stream().map(a -> new Attendee(a.name(), a.role(), null)).toList();
        return new Registration(registration.id(), registration.roadshowId(), registration.enterpriseId(),
                registration.uscc(), registration.status(), registration.pitch(), attendees,
                registration.consentToShareContacts(), registration.deck(), null, registration.checkedInAt(), null,
                registration.outcome(), registration.decisionReason(), registration.arrival(),
                registration.seatReleased(), registration.releasedFrom(), registration.reminded(), registration.toldRound(), null,
                registration.registeredAt(), registration.updatedAt(), registration.version());
    }

    private static List<FieldChange> edits(Registration before, RegistrationRules.Checked after) {
        List<FieldChange> changes = new ArrayList<>();
        if (!Objects.equals(before.pitch(), after.pitch()) && after.pitch() != null) {
            changes.add(new FieldChange("projectName", before.pitch() == null ? null : before.pitch().projectName(),
                    after.pitch().projectName()));
        }
        if (!before.attendees().equals(after.attendees())) {
            changes.add(new FieldChange("attendees", names(before.attendees()), names(after.attendees())));
        }
        if (before.consentToShareContacts() != after.consentToShareContacts()) {
            changes.add(new FieldChange("consentToShareContacts", String.valueOf(before.consentToShareContacts()),
                    String.valueOf(after.consentToShareContacts())));
        }
        return changes;
    }

    private static String names(List<Attendee> attendees) {
        return attendees.stream().map(Attendee::name).collect(Collectors.joining("、"));
    }

    private static void reasonChecked(String reason, boolean required) {
        List<FieldProblem> problems = new ArrayList<>();
        if (required) {
            RoadshowRules.required(problems, "reason", reason, RegistrationRules.MAX_USE_OF_FUNDS);
        } else {
            RoadshowRules.optional(problems, "reason", reason, RegistrationRules.MAX_USE_OF_FUNDS);
        }
        if (!problems.isEmpty()) {
            throw PortalException.invalid(problems);
        }
    }

    private static boolean decidable(Roadshow roadshow) {
        return roadshow.status() == RoadshowStatus.PUBLISHED || roadshow.status() == RoadshowStatus.CLOSED;
    }

    private static Query inStatus(Registration registration) {
        return Query.query(Criteria.where("_id").is(registration.id()).and("status").is(registration.status()));
    }

    private static Query sameVersion(Registration registration) {
        return Query.query(Criteria.where("_id").is(registration.id()).and("version").is(registration.version()));
    }

    private static Mono<Void> requireFirmUser(PortalUser user) {
        return user != null && user.isFirmUser() && !user.client() ? Mono.empty()
                : Mono.error(PortalException.forbidden());
    }

    /** A registration of a firm the caller is an approved member of; 404 for any other. */
    private Mono<Registration> ownRegistration(PortalUser member, String registrationId) {
        return requireFirmUser(member).then(existing(registrationId))
                .flatMap(registration -> access.requireFirmMember(member, registration.enterpriseId())
                        .thenReturn(registration));
    }

    private Mono<Registration> organised(PortalUser organiser, String registrationId) {
        return Mono.fromRunnable(() -> RoadshowAccess.requireOrganiser(organiser)).then(existing(registrationId));
    }

    private Mono<Registration> existing(String registrationId) {
        if (registrationId == null || !ObjectId.isValid(registrationId)) {
            return Mono.error(PortalException.notFound());
        }
        return mongo.findById(registrationId, Registration.class)
                .filter(registration -> registration.status() != RegistrationStatus.REQUESTED)
                .switchIfEmpty(Mono.error(PortalException::notFound));
    }

    private Mono<Roadshow> withRoadshow(Registration registration) {
        return mongo.findById(registration.roadshowId(), Roadshow.class)
                .switchIfEmpty(Mono.error(PortalException::notFound));
    }

    /** An event firms may see, as a sign-up reads it ({@link SeatKeeper#sight}). */
    private Mono<SeatKeeper.Sighted> sighted(String roadshowId) {
        if (roadshowId == null || !ObjectId.isValid(roadshowId)) {
            return Mono.error(PortalException.notFound());
        }
        return seats.sight(roadshowId).filter(sighted -> sighted.roadshow().status().isPublic())
                .switchIfEmpty(Mono.error(PortalException::notFound));
    }

    /** An event firms may see: any but a draft. */
    private Mono<Roadshow> publicRoadshow(String roadshowId) {
        return roadshowFor(null, roadshowId);
    }

    private Mono<Roadshow> roadshowFor(PortalUser reader, String roadshowId) {
        if (roadshowId == null || !ObjectId.isValid(roadshowId)) {
            return Mono.error(PortalException.notFound());
        }
        return mongo.findById(roadshowId, Roadshow.class)
                .filter(roadshow -> roadshow.status().isPublic() || RoadshowAccess.mayOrganise(reader))
                .switchIfEmpty(Mono.error(PortalException::notFound));
    }

    /** An event whose registrations the reader may list: organisers any, reading clients public ones. */
    private Mono<Roadshow> readable(PortalUser reader, String roadshowId) {
        return RoadshowAccess.mayReadRegistrations(reader) ? roadshowFor(reader, roadshowId)
                : Mono.error(PortalException.forbidden());
    }

    private EventHeader header(String type, PortalUser actor, Registration registration) {
        return EventHeader.of(type, actor, "registration", registration.id(), registration.enterpriseId(), clock);
    }
}
