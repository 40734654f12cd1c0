package cn.baiyun.hte.pool.board;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.baiyun.hte.assessment.TierResult;
import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.events.EventHeader;
import cn.baiyun.hte.platform.events.Outbox;
import cn.baiyun.hte.pool.TierDecided;
import cn.baiyun.hte.pool.TierPublished;
import cn.baiyun.hte.platform.mongo.CursorPaging;
import cn.baiyun.hte.platform.paging.PageOf;
import cn.baiyun.hte.platform.paging.PageRequest;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.pool.cycle.CycleService;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** The bureau's work on a cycle's pool: the board, tier decisions and publishing the feedback to firms. */
@NamedInterface("api")
@Service
public class PoolService {

    static final int MAX_REASON = 1000;
    static final int MAX_COMMENT = 1000;
    /** Entries published at once in bulk: each is a read-free conditional update and an audit write. */
    static final int PUBLISH_CONCURRENCY = 4;

    private final CycleService cycles;
    private final PoolEntryRepository entries;
    private final PoolCriteria criteria;
    private final ReactiveMongoTemplate mongo;
    private final Outbox outbox;
    private final Clock clock;

    PoolService(CycleService cycles, PoolEntryRepository entries, PoolCriteria criteria, ReactiveMongoTemplate mongo,
                Outbox outbox, Clock clock) {
        this.cycles = cycles;
        this.entries = entries;
        this.criteria = criteria;
        this.mongo = mongo;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** One firm's entry of the year, for the bureau only. */
    public Mono<PoolEntry> entry(PortalUser reviewer, int year, String enterpriseId) {
        return cycles.find(reviewer, year)
                .then(entries.findByCycleYearAndEnterpriseId(year, enterpriseId))
                .switchIfEmpty(Mono.error(PortalException::notFound));
    }

    /**
     * The bureau's tier for an assessed firm: confirming the proposal needs no reason, any other tier
     * does. One update of the entry guarded by the proposal that was checked, audited with the reason: a
     * run that ended in between (it rewrites {@code assessedAt} with every proposal it changes) may have
     * changed the outcome or the proposed tier, so the decision is refused as a conflict rather than
     * stored against a proposal nobody checked it with.
     */
    public Mono<PoolEntry> decide(PortalUser reviewer, int year, String enterpriseId, TierResult tier, String reason) {
        return entry(reviewer, year, enterpriseId).flatMap(entry -> {
            List<FieldProblem> problems = decisionProblems(entry, tier, reason);
            if (!problems.isEmpty()) {
                return Mono.error(PortalException.invalid(problems));
            }
            String why = given(reason);
            PoolEntry.Decision decision = new PoolEntry.Decision(tier, why, Instant.now(clock));
            Query unchanged = Query.query(Criteria.where("_id").is(entry.id()).and("assessedAt").is(entry.assessedAt()));
            return outbox.update(unchanged, new Update().set("decision", decision), PoolEntry.class,
                            decided(reviewer, entry, tier, why))
                    .switchIfEmpty(Mono.error(PortalException.conflict("pool.decision.changed")));
        });
    }

    /**
     * Shows the firm its entry as it stands now; see {@link #publishEntry}. Publishing again after a new
     * decision or run replaces what the firm sees.
     */
    public Mono<PoolEntry> publish(PortalUser reviewer, int year, String enterpriseId, String comment) {
        return entry(reviewer, year, enterpriseId).flatMap(entry -> {
            List<FieldProblem> problems = commentProblems(comment);
            if (!problems.isEmpty()) {
                return Mono.error(PortalException.invalid(problems));
            }
            return publishEntry(reviewer, entry, given(comment))
                    .switchIfEmpty(Mono.error(PortalException.conflict("pool.publication.changed")));
        });
    }

    /**
     * Publishes every entry of the year the filter matches (exactly the board's list), each as
     * {@link #publish} does, with the same comment. The entries are streamed in id order with a few
     * publications in flight, so memory stays constant however large the pool. An entry that changes
     * while it is being published (a run or a decision in between) is skipped, not published half-way:
     * the answer counts the entries published.
     */
    public Mono<Long> publishAll(PortalUser reviewer, int year, PoolFilter filter, String comment) {
        return cycles.find(reviewer, year).then(Mono.defer(() -> {
            List<FieldProblem> problems = new ArrayList<>(criteria.problems(filter));
            problems.addAll(commentProblems(comment));
            if (!problems.isEmpty()) {
                return Mono.error(PortalException.invalid(problems));
            }
            return criteria.criteria(year, filter)
                    .flatMapMany(matching -> mongo.find(Query.query(matching).with(Sort.by("_id")), PoolEntry.class))
                    .flatMap(entry -> publishEntry(reviewer, entry, given(comment)), PUBLISH_CONCURRENCY)
                    .count();
        }));
    }

    /** How many entries of the year the filter matches, for the bulk publication's confirmation. */
    Mono<Long> count(PortalUser reviewer, int year, PoolFilter filter) {
        return cycles.find(reviewer, year).then(criteria.criteria(year, filter))
                .flatMap(matching -> mongo.count(Query.query(matching), PoolEntry.class));
    }

    Mono<PageOf<PoolEntry>> entries(PortalUser reviewer, PoolSearch search) {
        return cycles.find(reviewer, search.year()).then(Mono.defer(() -> {
            List<FieldProblem> problems = criteria.problems(search.filter());
            return problems.isEmpty() ? PageRequest.checked(search.limit(), search.cursor(), PoolSearch.PAGE_SIZE)
                    : Mono.<PageRequest>error(PortalException.invalid(problems));
        })).flatMap(page -> criteria.criteria(search.year(), search.filter())
                .flatMap(matching -> CursorPaging.page(mongo, matching, PoolEntry.class, page, PoolEntry::id)));
    }

    /**
     * Copies the entry as read into its publication, confirming a proposal nobody decided yet, in one
     * update guarded by what was read (the proposal's run time and the decision's time): a run or a
     * decision in between makes it match nothing, so the firm never sees a mix of two states. Empty
     * when the guard failed. Audited as published, and as decided when it confirmed the proposal.
     */
    private Mono<PoolEntry> publishEntry(PortalUser reviewer, PoolEntry entry, String comment) {
        Instant now = Instant.now(clock);
        boolean confirms = entry.outcome() == PoolEntry.Outcome.ASSESSED && entry.decision() == null;
        PoolEntry.Decision decision = confirms ? new PoolEntry.Decision(entry.proposedTier(), null, now) : entry.decision();
        TierResult tier = decision == null ? null : decision.tier();
        PoolEntry.Publication publication = new PoolEntry.Publication(entry.outcome(), tier, entry.unmet(),
                entry.missing(), entry.ruleSetVersion(), entry.snapshotJson(), comment, now, entry.techSme());
        Query unchanged = Query.query(Criteria.where("_id").is(entry.id())
                .and("assessedAt").is(entry.assessedAt())
                .and("decision.decidedAt").is(entry.decision() == null ? null : entry.decision().decidedAt()));
        Update update = new Update().set("publication", publication).unset("acknowledgedAt");
        if (confirms) {
            update.set("decision", decision);
        }
        TierResult before = entry.publication() == null ? null : entry.publication().tier();
        TierPublished published = new TierPublished(header(TierPublished.TYPE, reviewer, entry), entry.cycleYear(),
                before, tier, comment);
        return confirms
                ? outbox.update(unchanged, update, PoolEntry.class, decided(reviewer, entry, tier, null), published)
                : outbox.update(unchanged, update, PoolEntry.class, published);
    }

    private TierDecided decided(PortalUser reviewer, PoolEntry entry, TierResult tier, String reason) {
        return new TierDecided(header(TierDecided.TYPE, reviewer, entry), entry.cycleYear(), entry.proposedTier(), tier,
                reason);
    }

    private EventHeader header(String type, PortalUser reviewer, PoolEntry entry) {
        return EventHeader.of(type, reviewer, "poolEntry", entry.id(), entry.enterpriseId(), clock);
    }

    private static List<FieldProblem> decisionProblems(PoolEntry entry, TierResult tier, String reason) {
        List<FieldProblem> problems = new ArrayList<>();
        if (entry.outcome() != PoolEntry.Outcome.ASSESSED) {
            problems.add(new FieldProblem("tier", "pool.decision.not-assessed"));
        } else if (tier == null) {
            problems.add(new FieldProblem("tier", "NotNull"));
        } else if (tier != entry.proposedTier() && given(reason) == null) {
            problems.add(new FieldProblem("reason", "pool.decision.reason"));
        }
        if (reason != null && reason.length() > MAX_REASON) {
            problems.add(new FieldProblem("reason", "pool.decision.reason.too-long", MAX_REASON));
        }
        return problems;
    }

    private static List<FieldProblem> commentProblems(String comment) {
        return comment != null && comment.strip().length() > MAX_COMMENT
                ? List.of(new FieldProblem("comment", "pool.publication.comment.too-long", MAX_COMMENT))
                : List.of();
    }

    private static String given(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
