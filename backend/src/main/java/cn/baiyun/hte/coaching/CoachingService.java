package cn.baiyun.hte.coaching;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.events.DomainEvent;
import cn.baiyun.hte.platform.events.EventHeader;
import cn.baiyun.hte.platform.events.Outbox;
import cn.baiyun.hte.platform.mongo.CursorPaging;
import cn.baiyun.hte.platform.paging.PageOf;
import cn.baiyun.hte.platform.paging.PageRequest;
import cn.baiyun.hte.platform.paging.PageSize;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.web.IfMatch;
import org.bson.types.ObjectId;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Logs, edits and reads a firm's coaching visits, and closes their follow-ups. Every query names the
 * firm, so the id of another firm's visit answers exactly like an unknown id. A write may name the
 * version it was based on; a newer stored version means someone else saved meanwhile and nothing is
 * written.
 */
@Service
public class CoachingService {

    /** Page sizes of the firm's visit list. */
    static final PageSize VISIT_PAGE_SIZE = new PageSize(20, 100);

    private final CoachingAccess access;
    private final VisitRules rules;
    private final FollowUpQueue queue;
    private final ReactiveMongoTemplate mongo;
    private final Outbox outbox;
    private final Clock clock;

    CoachingService(CoachingAccess access, VisitRules rules, FollowUpQueue queue, ReactiveMongoTemplate mongo,
                    Outbox outbox, Clock clock) {
        this.access = access;
        this.rules = rules;
        this.queue = queue;
        this.mongo = mongo;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The firm's visits, latest first, for reviewers and the firm's members. */
    public Flux<CoachingVisit> visitsOf(PortalUser user, String enterpriseId) {
        return access.readable(user, enterpriseId).thenMany(Flux.defer(() -> mongo.find(
                ofFirm(enterpriseId).with(Sort.by(Sort.Order.desc("visitDate"), Sort.Order.desc("_id"))),
                CoachingVisit.class)));
    }

    /** The firm's open follow-ups, the one due first first, for reviewers and the firm's members. */
    public Flux<FollowUpEntry> openFollowUpsOf(PortalUser user, String enterpriseId) {
        Query withOpen = ofFirm(enterpriseId).addCriteria(Criteria.where("followUps.status").is(FollowUpStatus.OPEN));
        return access.readable(user, enterpriseId)
                .thenMany(Flux.defer(() -> mongo.find(withOpen, CoachingVisit.class)))
                .flatMapIterable(visit -> visit.followUps().stream().filter(FollowUp::open)
                        .map(f -> new FollowUpEntry(visit.enterpriseId(), visit.id(), visit.visitDate(), f)).toList())
                .sort(Comparator.comparing((FollowUpEntry e) -> e.followUp().dueDate())
                        .thenComparing(FollowUpEntry::visitId).thenComparing(e -> e.followUp().id()));
    }

    /** Logs a visit that took place, or plans one (dated after today); reviewers only. */
    public Mono<CoachingVisit> logVisit(PortalUser reviewer, String enterpriseId, VisitDetails details) {
        return access.loggable(reviewer, enterpriseId).then(Mono.defer(() -> {
            VisitDetails clean = rules.normalized(details);
            return valid(rules.problems(clean, Set.of()))
                    .then(Mono.defer(() -> outbox.insert(
                            CoachingVisit.logged(enterpriseId, withFollowUpIds(clean), Instant.now(clock)),
                            logged -> new VisitLogged(header(VisitLogged.TYPE, reviewer, logged), logged.visitDate()))));
        }));
    }

    Mono<CoachingVisit> find(PortalUser user, String enterpriseId, String visitId) {
        return access.readable(user, enterpriseId).then(stored(enterpriseId, visitId));
    }

    /** The firm's visits in the order they were logged, a page at a time. */
    Mono<PageOf<CoachingVisit>> page(PortalUser user, String enterpriseId, Integer limit, String cursor) {
        return access.readable(user, enterpriseId)
                .then(PageRequest.checked(limit, cursor, VISIT_PAGE_SIZE))
                .flatMap(page -> CursorPaging.page(mongo, Criteria.where("enterpriseId").is(enterpriseId),
                        CoachingVisit.class, page, CoachingVisit::id));
    }

    /** Replaces what the visit says, follow-ups included; reviewers only. */
    Mono<CoachingVisit> update(PortalUser reviewer, String enterpriseId, String visitId, VisitDetails details,
                               IfMatch ifMatch) {
        return access.loggable(reviewer, enterpriseId).then(stored(enterpriseId, visitId)).flatMap(current -> {
            VisitDetails clean = rules.normalized(details);
            Set<String> storedIds = current.followUps().stream().map(FollowUp::id).collect(Collectors.toSet());
            return valid(rules.problems(clean, storedIds))
                    .then(Mono.defer(() -> save(current.withDetails(withFollowUpIds(clean), Instant.now(clock)),
                            current, ifMatch, new VisitUpdated(header(VisitUpdated.TYPE, reviewer, current)))));
        });
    }

    /**
     * Marks an open follow-up done. Reviewers close any; the firm's members those the firm took on (the
     * bureau's own are 403 to them).
     */
    Mono<CoachingVisit> complete(PortalUser user, String enterpriseId, String visitId, String followUpId,
                                 Completion completion, IfMatch ifMatch) {
        return access.readable(user, enterpriseId).then(stored(enterpriseId, visitId)).flatMap(current -> {
            FollowUp followUp = current.followUp(followUpId).orElse(null);
            if (followUp == null) {
                return Mono.error(PortalException.notFound());
            }
            if (!CoachingAccess.mayClose(user, followUp)) {
                return Mono.error(PortalException.forbidden());
            }
            Completion clean = new Completion(VisitRules.strip(completion.note()),
                    completion.doneOn() == null ? rules.today() : completion.doneOn());
            FollowUp done = followUp.done(clean.doneOn(), clean.note());
            return valid(rules.problems(clean, current.visitDate()))
                    .then(Mono.defer(() -> followUp.open()
                            ? save(current.withFollowUp(done, Instant.now(clock)), current, ifMatch,
                                    new FollowUpClosed(header(FollowUpClosed.TYPE, user, current), followUpId,
                                            followUp.action()))
                            : Mono.error(PortalException.conflict("coaching.follow-up.already-done"))));
        });
    }

    /** How many follow-ups of every firm are overdue today; reviewers only. */
    public Mono<Long> overdueFollowUps(PortalUser reviewer) {
        return CoachingAccess.requireReviewer(reviewer).then(Mono.defer(() -> queue.openDueBefore(rules.today())));
    }

    /** Follow-ups of every firm in due-date order; reviewers only. */
    Mono<PageOf<FollowUpEntry>> followUps(PortalUser reviewer, FollowUpSearch search) {
        return CoachingAccess.requireReviewer(reviewer)
                .then(PageRequest.checked(search.limit(), search.cursor(), FollowUpSearch.PAGE_SIZE,
                        FollowUpQueue.Cursor::valid))
                .flatMap(page -> queue.page(search, page));
    }

    private Mono<CoachingVisit> save(CoachingVisit changed, CoachingVisit current, IfMatch ifMatch,
                                     DomainEvent event) {
        return ifMatch.check(current.version()).then(Mono.defer(() -> outbox.save(changed, saved -> event)))
                .onErrorMap(OptimisticLockingFailureException.class, e -> PortalException.staleVersion());
    }

    private Mono<CoachingVisit> stored(String enterpriseId, String visitId) {
        Mono<CoachingVisit> found = ObjectId.isValid(visitId)
                ? mongo.findOne(ofFirm(enterpriseId).addCriteria(Criteria.where("_id").is(new ObjectId(visitId))),
                        CoachingVisit.class)
                : Mono.empty();
        return found.switchIfEmpty(Mono.error(PortalException.notFound()));
    }

    private EventHeader header(String type, PortalUser actor, CoachingVisit visit) {
        return EventHeader.of(type, actor, "coaching-visit", visit.id(), visit.enterpriseId(), clock);
    }

    /** New follow-ups get their id here; the rules have made sure given ones are the visit's own. */
    private static VisitDetails withFollowUpIds(VisitDetails d) {
        List<FollowUp> followUps = d.followUps().stream()
                .map(f -> f.id() == null || f.id().isEmpty() ? f.withId(new ObjectId().toHexString()) : f)
                .toList();
        return new VisitDetails(d.visitDate(), d.bureauAttendees(), d.firmAttendees(), d.topics(), d.summary(),
                followUps);
    }

    private static Mono<Void> valid(List<FieldProblem> problems) {
        return problems.isEmpty() ? Mono.empty() : Mono.error(PortalException.invalid(problems));
    }

    private static Query ofFirm(String enterpriseId) {
        return Query.query(Criteria.where("enterpriseId").is(enterpriseId));
    }
}
