package cn.baiyun.hte.filing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import cn.baiyun.hte.enterprise.EnterpriseService;
import cn.baiyun.hte.enterprise.FirmAccess;
import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.events.DomainEvent;
import cn.baiyun.hte.platform.events.EventHeader;
import cn.baiyun.hte.platform.events.Outbox;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.error.ProblemType;
import cn.baiyun.hte.platform.mongo.CursorPaging;
import cn.baiyun.hte.platform.mongo.RecordReader;
import cn.baiyun.hte.platform.paging.PageOf;
import cn.baiyun.hte.platform.paging.PageRequest;
import cn.baiyun.hte.platform.security.PortalRole;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.security.Scopes;
import cn.baiyun.hte.platform.time.ShanghaiTime;
import cn.baiyun.hte.platform.web.IfMatch;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Annual filings and their review. Firms create, fill in, submit and amend their own filings;
 * reviewers return them with comments per section or accept them. Every change is one versioned save
 * of the filing document, with its event ({@link FilingCreated}, {@link FilingSectionSaved},
 * {@link FilingSubmitted} …) in the same write, so the audit trail misses none: a caller holding an old
 * version gets a stale-version problem and changes nothing.
 */
@Service
public class FilingService {

    static final int MAX_COMMENT = 1000;
    /** The field of the firm's declaration that what it submits is true and complete (承诺书). */
    public static final String COMMITMENT = "commitment";
    private static final ShanghaiTime TIME = new ShanghaiTime();

    private final FilingRepository filings;
    private final FilingValidator validator;
    private final FilingReferences references;
    private final FirmAccess access;
    private final EnterpriseService enterprises;
    private final ReactiveMongoTemplate mongo;
    private final Outbox outbox;
    private final Clock clock;

    private final Counter submissions;

    FilingService(FilingRepository filings, FilingValidator validator, FilingReferences references,
                  FirmAccess access, EnterpriseService enterprises, ReactiveMongoTemplate mongo, Outbox outbox,
                  Clock clock, MeterRegistry meters) {
        this.submissions = Counter.builder("hte.filings.submitted")
                .description("Annual filings submitted to the bureau (a resubmission after a return counts again)")
                .register(meters);
        this.filings = filings;
        this.validator = validator;
        this.references = references;
        this.access = access;
        this.enterprises = enterprises;
        this.mongo = mongo;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Starts a draft: the firm's people, or its own software (which fills in the figures it keeps). */
    public Mono<Filing> create(PortalUser user, String enterpriseId, Integer fiscalYear) {
        return access.requireMemberOrFirmSoftware(user, enterpriseId)
                .then(Mono.defer(() -> {
                    List<FieldProblem> problems = fiscalYear == null ? List.of(new FieldProblem("fiscalYear", "NotNull"))
                            : validator.fiscalYear(fiscalYear);
                    if (!problems.isEmpty()) {
                        return Mono.error(PortalException.invalid(problems));
                    }
                    return outbox.insert(Filing.draft(enterpriseId, fiscalYear, Instant.now(clock)),
                            created -> new FilingCreated(header(FilingCreated.TYPE, user, created), fiscalYear));
                }))
                .onErrorMap(DuplicateKeyException.class,
                        e -> PortalException.conflict("filing.exists", String.valueOf(fiscalYear)));
    }

    public Mono<Filing> find(PortalUser user, String enterpriseId, int fiscalYear) {
        return access.requireRead(user, enterpriseId, Scopes.FILINGS_READ).then(existing(enterpriseId, fiscalYear));
    }

    /** The firm's filings, latest fiscal year first. */
    public Flux<Filing> ofFirm(PortalUser user, String enterpriseId) {
        return access.requireRead(user, enterpriseId, Scopes.FILINGS_READ)
                .thenMany(filings.findByEnterpriseIdOrderByFiscalYearDesc(enterpriseId));
    }

    /**
     * The status of a firm's filing, for features that attach things to it; empty if the firm has no
     * filing for that year. The caller has already checked access to the firm.
     */
    public Mono<FilingStatus> status(String enterpriseId, int fiscalYear) {
        return filings.findByEnterpriseIdAndFiscalYear(enterpriseId, fiscalYear).map(Filing::status);
    }

    /**
     * Replaces one section. Drafts may be incomplete but not malformed; a returned filing accepts only
     * the sections the reviewer returned; submitted and accepted filings accept none.
     */
    public Mono<Filing> saveSection(PortalUser user, String enterpriseId, int fiscalYear, FilingSection section,
                                    Object value, IfMatch ifMatch) {
        return (section.keptByFirmSoftware() ? access.requireMemberOrFirmSoftware(user, enterpriseId)
                : access.requireFirmMember(user, enterpriseId))
                .then(current(enterpriseId, fiscalYear, ifMatch))
                .flatMap(filing -> {
                    if (!filing.editable(section)) {
                        return Mono.error(PortalException.conflict(
                                filing.status() == FilingStatus.RETURNED ? "filing.section.not-returned" : "filing.locked"));
                    }
                    List<FieldProblem> problems = validator.wellFormed(section, value);
                    if (!problems.isEmpty()) {
                        return Mono.error(PortalException.invalid(problems));
                    }
                    Object before = filing.content().section(section);
                    return save(filing.withSection(section, value, Instant.now(clock)), saved -> new FilingSectionSaved(
                            header(FilingSectionSaved.TYPE, user, saved), fiscalYear, section,
                            SectionChange.changedFields(section, before, value),
                            SectionChange.digest(before, mongo.getConverter()),
                            SectionChange.digest(value, mongo.getConverter())));
                });
    }

    /**
     * Submits a complete draft or returned filing for review, provided the firm declares it true and complete
     * ({@code commitment}). A filing already submitted or accepted is refused as such before its version is
     * looked at, so that a second submission from an older tab is told what happened rather than that
     * someone else saved. The first submission gives the filing its reference number.
     */
    public Mono<Filing> submit(PortalUser user, String enterpriseId, int fiscalYear, boolean commitment,
                               IfMatch ifMatch) {
        return access.requireFirmMember(user, enterpriseId)
                .then(existing(enterpriseId, fiscalYear))
                .flatMap(filing -> filing.submittable() ? ifMatch.check(filing.version()).thenReturn(filing)
                        : Mono.error(notSubmittable(filing)))
                .flatMap(filing -> {
                    List<FieldProblem> problems = new ArrayList<>(submissionProblems(filing));
                    if (!commitment) {
                        problems.add(new FieldProblem(COMMITMENT, "filing.commitment.required"));
                    }
                    if (!problems.isEmpty()) {
                        return Mono.error(PortalException.invalid(problems));
                    }
                    Mono<String> reference = filing.reference() != null ? Mono.just(filing.reference())
                            : references.next(fiscalYear);
                    return reference.flatMap(given -> save(filing.submitted(given, Instant.now(clock)),
                            submitted -> new FilingSubmitted(header(FilingSubmitted.TYPE, user, submitted), fiscalYear)))
                            .doOnNext(submitted -> submissions.increment())
                            .onErrorResume(PortalException.class, error -> error.type() == ProblemType.STALE_VERSION
                                    ? submittedMeanwhile(enterpriseId, fiscalYear, error) : Mono.error(error));
                });
    }

    /**
     * What keeps a draft or returned filing from being submitted: every missing or inconsistent figure, and
     * each returned section the firm has not corrected and saved yet. Empty when it may be submitted.
     */
    public List<FieldProblem> submissionProblems(Filing filing) {
        List<FieldProblem> problems = new ArrayList<>(validator.readyToSubmit(filing.content()));
        for (FilingSection section : FilingSection.values()) {
            if (filing.awaitingCorrection(section)) {
                problems.add(new FieldProblem(section.property(), "filing.section.not-corrected"));
            }
        }
        return problems;
    }

    /** A submission that lost a race: told that the other one submitted, if that is what happened. */
    private Mono<Filing> submittedMeanwhile(String enterpriseId, int fiscalYear, PortalException stale) {
        return existing(enterpriseId, fiscalYear)
                .flatMap(now -> Mono.error(now.submittable() ? stale : notSubmittable(now)));
    }

    /** Why a filing that is neither a draft nor returned cannot be submitted, with when that happened. */
    private static PortalException notSubmittable(Filing filing) {
        return filing.status() == FilingStatus.ACCEPTED
                ? PortalException.conflict("filing.already-accepted", TIME.format(filing.acceptedAt()))
                : PortalException.conflict("filing.already-submitted", TIME.format(filing.submittedAt()),
                        String.valueOf(filing.reference()));
    }

    /** Sends the filing back to the firm with a comment on each section to change. */
    public Mono<Filing> returnSections(PortalUser reviewer, String enterpriseId, int fiscalYear,
                                       Map<FilingSection, String> comments, IfMatch ifMatch) {
        return review(reviewer, enterpriseId, fiscalYear, ifMatch, filing -> filing)
                .flatMap(filing -> {
                    Map<FilingSection, String> given = new EnumMap<>(FilingSection.class);
                    comments.forEach((section, comment) -> {
                        if (section != null && comment != null && !comment.isBlank()) {
                            given.put(section, comment.strip());
                        }
                    });
                    List<FieldProblem> problems = commentProblems(given);
                    if (!problems.isEmpty()) {
                        return Mono.error(PortalException.invalid(problems));
                    }
                    return save(filing.returned(given, Instant.now(clock)), returned ->
                            new FilingReturned(header(FilingReturned.TYPE, reviewer, returned), fiscalYear, given));
                });
    }

    public Mono<Filing> accept(PortalUser reviewer, String enterpriseId, int fiscalYear, IfMatch ifMatch) {
        return review(reviewer, enterpriseId, fiscalYear, ifMatch, filing -> filing.accepted(Instant.now(clock)))
                .flatMap(accepted -> save(accepted, saved ->
                        new FilingAccepted(header(FilingAccepted.TYPE, reviewer, saved), fiscalYear)));
    }

    /** Opens an accepted filing as a new draft revision; the accepted one stays in the history. */
    public Mono<Filing> amend(PortalUser user, String enterpriseId, int fiscalYear, IfMatch ifMatch) {
        return access.requireFirmMember(user, enterpriseId)
                .then(current(enterpriseId, fiscalYear, ifMatch))
                .flatMap(filing -> filing.status() != FilingStatus.ACCEPTED
                        ? Mono.error(PortalException.conflict("filing.not-accepted"))
                        : save(filing.amended(Instant.now(clock)),
                                amended -> new FilingAmended(header(FilingAmended.TYPE, user, amended), fiscalYear)));
    }

    /** How many filings are in {@code status} (all of them when null); for the bureau and the platform's operator. */
    public Mono<Long> count(PortalUser user, FilingStatus status) {
        if (user.client() || !(user.isReviewer() || user.has(PortalRole.ADMIN))) {
            return Mono.error(PortalException.forbidden());
        }
        return mongo.count(status == null ? new Query() : Query.query(Criteria.where("status").is(status)),
                Filing.class);
    }

    /** The reviewers' list of filings, in stable order. */
    public Mono<PageOf<Filing>> search(PortalUser reviewer, FilingSearch search) {
        if (!reviewer.isReviewer()) {
            return Mono.error(PortalException.forbidden());
        }
        return PageRequest.checked(search.limit(), search.cursor(), FilingSearch.PAGE_SIZE)
                .flatMap(page -> criteria(search).flatMap(criteria -> CursorPaging.page(mongo, criteria, Filing.class,
                        page, Filing::id)));
    }

    /** The filing with each section's progress in the task list and the figures derived from it. */
    public FilingView view(Filing filing) {
        Map<FilingSection, SectionProgress> progress = new EnumMap<>(FilingSection.class);
        for (FilingSection section : FilingSection.values()) {
            progress.put(section, progressOf(filing, section));
        }
        return new FilingView(filing, progress, FilingFigures.of(filing.content()));
    }

    /** A returned section counts as returned until the firm saves it again; then as complete or not. */
    private SectionProgress progressOf(Filing filing, FilingSection section) {
        if (filing.awaitingCorrection(section)) {
            return SectionProgress.RETURNED;
        }
        if (filing.content().section(section) == null) {
            return SectionProgress.NOT_STARTED;
        }
        return validator.completeness(section, filing.content()).isEmpty() ? SectionProgress.COMPLETED
                : SectionProgress.IN_PROGRESS;
    }

    private Mono<Criteria> criteria(FilingSearch search) {
        List<Criteria> parts = new ArrayList<>();
        if (search.fiscalYear() != null) {
            parts.add(Criteria.where("fiscalYear").is(search.fiscalYear()));
        }
        if (search.status() != null) {
            parts.add(Criteria.where("status").is(search.status()));
        }
        if (search.enterpriseId() != null && !search.enterpriseId().isBlank()) {
            parts.add(Criteria.where("enterpriseId").is(search.enterpriseId()));
        }
        if (search.technicalField() == null || search.technicalField().isBlank()) {
            return Mono.just(allOf(parts));
        }
        return enterprises.idsInTechnicalField(search.technicalField()).collectList().map(ids -> {
            parts.add(Criteria.where("enterpriseId").in(ids));
            return allOf(parts);
        });
    }

    private static Criteria allOf(List<Criteria> parts) {
        return parts.isEmpty() ? new Criteria() : new Criteria().andOperator(parts);
    }

    private Mono<Filing> review(PortalUser reviewer, String enterpriseId, int fiscalYear, IfMatch ifMatch,
                                UnaryOperator<Filing> change) {
        if (!reviewer.isReviewer()) {
            return Mono.error(PortalException.forbidden());
        }
        return current(enterpriseId, fiscalYear, ifMatch).flatMap(filing -> filing.status() != FilingStatus.SUBMITTED
                ? Mono.error(PortalException.conflict("filing.not-submitted"))
                : Mono.just(change.apply(filing)));
    }

    private static List<FieldProblem> commentProblems(Map<FilingSection, String> comments) {
        List<FieldProblem> problems = new ArrayList<>();
        if (comments.isEmpty()) {
            problems.add(new FieldProblem("comments", "filing.return.no-comment"));
        }
        comments.forEach((section, comment) -> {
            if (comment.length() > MAX_COMMENT) {
                problems.add(new FieldProblem("comments." + section.name(), "filing.text.too-long", MAX_COMMENT));
            }
        });
        return problems;
    }

    private Mono<Filing> existing(String enterpriseId, int fiscalYear) {
        return filings.findByEnterpriseIdAndFiscalYear(enterpriseId, fiscalYear)
                .switchIfEmpty(Mono.error(PortalException.notFound()));
    }

    /**
     * The filing as stored, provided the caller names the version they last read: a filing is never
     * overwritten blindly.
     */
    private Mono<Filing> current(String enterpriseId, int fiscalYear, IfMatch ifMatch) {
        return existing(enterpriseId, fiscalYear).flatMap(filing -> ifMatch.check(filing.version()).thenReturn(filing));
    }

    /**
     * Saves a change with the event made from the saved filing, in the same write. Another save between
     * the read and this one (a second tab, a colleague) made the read version stale: the caller is told
     * so, as for a stale If-Match.
     */
    private Mono<Filing> save(Filing changed, Function<Filing, DomainEvent> event) {
        return outbox.save(changed, event)
                .onErrorMap(OptimisticLockingFailureException.class, e -> PortalException.staleVersion());
    }

    private EventHeader header(String type, PortalUser actor, Filing filing) {
        return EventHeader.of(type, actor, "filing", filing.id(), filing.enterpriseId(), clock);
    }

    /**
     * The firm's filings as the HTE assessment counts them, latest fiscal year first, each with its
     * sections not yet complete: for a firm's own check, which reads each year whatever its status.
     */
    public Flux<FiledYear> filedYears(PortalUser user, String enterpriseId) {
        return ofFirm(user, enterpriseId).map(filing -> new FiledYear(filing, unfinished(filing)));
    }

    private Set<FilingSection> unfinished(Filing filing) {
        Set<FilingSection> unfinished = EnumSet.noneOf(FilingSection.class);
        for (FilingSection section : FilingSection.values()) {
            SectionProgress progress = progressOf(filing, section);
            if (progress == SectionProgress.NOT_STARTED || progress == SectionProgress.IN_PROGRESS) {
                unfinished.add(section);
            }
        }
        return unfinished;
    }

    /**
     * Every accepted filing (and submitted one if asked) as the HTE assessment counts it, in the order of
     * the firms' ids, for the bureau's work over all firms: one sorted pass (the {@code enterpriseId} index
     * gives the order) that the caller merges with the firms in id order, instead of a query per firm or
     * per batch. Only the firm, year, revision, status and content are read: no previous revisions (an
     * amended filing carries them all), comments or timestamps, which such work does not read and the
     * database would otherwise encode and send. Reviewers only.
     */
    public Flux<FiledYear> inFirmOrder(PortalUser reviewer, boolean includeSubmitted) {
        if (!reviewer.isReviewer()) {
            return Flux.error(PortalException.forbidden());
        }
        List<FilingStatus> statuses = includeSubmitted ? List.of(FilingStatus.ACCEPTED, FilingStatus.SUBMITTED)
                : List.of(FilingStatus.ACCEPTED);
        Query query = Query.query(Criteria.where("status").in(statuses.stream().map(Enum::name).toList()))
                .with(Sort.by("enterpriseId", "fiscalYear"));
        query.fields().include("enterpriseId", "fiscalYear", "status", "revision", "content");
        return RecordReader.find(mongo, query, Filing.class).map(filing -> new FiledYear(filing, Set.of()));
    }
}
