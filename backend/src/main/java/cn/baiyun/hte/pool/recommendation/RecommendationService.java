package cn.baiyun.hte.pool.recommendation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import cn.baiyun.hte.assessment.TierResult;
import cn.baiyun.hte.enterprise.Enterprise;
import cn.baiyun.hte.enterprise.EnterpriseService;
import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.mongo.CursorPaging;
import cn.baiyun.hte.platform.paging.PageOf;
import cn.baiyun.hte.platform.paging.PageRequest;
import cn.baiyun.hte.platform.paging.PageSize;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.time.ClockConfiguration;
import cn.baiyun.hte.pool.board.PoolEntry;
import cn.baiyun.hte.pool.cycle.Cycle;
import cn.baiyun.hte.pool.cycle.CycleService;
import cn.baiyun.hte.pool.feedback.StoredResults;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The provincial recommendation list of a cycle: the firms the bureau decided to put in tier 1 (the
 * decision, never the mere proposal), with the figures the province asks for, and the marking of the
 * list as recommended. Reviewers only. Marking is open to other modules (the demo data marks last
 * year's list as the bureau would have).
 */
@NamedInterface("api")
@Service
public class RecommendationService {

    static final PageSize PAGE_SIZE = new PageSize(100, 500);
    /** Entries read per firm lookup: one enterprise query serves this many rows. */
    static final int BATCH = 100;
    /** Single-document updates in flight while marking. */
    static final int CONCURRENCY = 8;

    /** What a marking did: the cycle as saved and how many entries it newly marked. */
    public record Marking(Cycle cycle, long newlyMarked) {
    }

    private final CycleService cycles;
    private final EnterpriseService enterprises;
    private final ReactiveMongoTemplate mongo;
    private final StoredResults results;
    private final Clock clock;

    RecommendationService(CycleService cycles, EnterpriseService enterprises, ReactiveMongoTemplate mongo,
                          StoredResults results, Clock clock) {
        this.cycles = cycles;
        this.enterprises = enterprises;
        this.mongo = mongo;
        this.results = results;
        this.clock = clock;
    }

    /** The cycle the list belongs to; reviewers only. */
    Mono<Cycle> cycle(PortalUser reviewer, int year) {
        return cycles.find(reviewer, year);
    }

    /** One page of the list in entry order; the cursor is the last entry id of the previous page. */
    Mono<PageOf<RecommendationRow>> page(PortalUser reviewer, int year, Integer limit, String cursor) {
        return cycles.find(reviewer, year)
                .then(PageRequest.checked(limit, cursor, PAGE_SIZE))
                .flatMap(request -> CursorPaging.page(mongo, listed(year), PoolEntry.class, request, PoolEntry::id))
                .flatMap(page -> rows(reviewer, Flux.fromIterable(page.items())).collectList()
                        .map(rows -> new PageOf<>(rows, page.next())));
    }

    /** Whether the cycle's list has any firm, for a cycle the caller has already found. */
    Mono<Boolean> hasFirms(Cycle cycle) {
        return mongo.exists(Query.query(listed(cycle.year())), PoolEntry.class);
    }

    /**
     * The whole list of a cycle the caller has already found, streamed from the database cursor in
     * batches: memory stays bounded by the batch whatever the list's length.
     */
    Flux<RecommendationRow> all(PortalUser reviewer, Cycle cycle) {
        return rows(reviewer, mongo.find(Query.query(listed(cycle.year())).with(Sort.by("_id")), PoolEntry.class));
    }

    /**
     * Marks every listed entry not yet marked as recommended on {@code date} (today in Shanghai when
     * null) and the cycle as RECOMMENDED. Entries marked earlier keep their day, so marking again after
     * more tier-1 decisions adds only the newcomers.
     */
    public Mono<Marking> mark(PortalUser reviewer, int year, LocalDate date) {
        return cycles.find(reviewer, year).flatMap(cycle -> {
            LocalDate today = LocalDate.ofInstant(clock.instant(), ClockConfiguration.ZONE);
            LocalDate day = date == null ? today : date;
            if (day.isAfter(today)) {
                return Mono.error(PortalException.invalid(new FieldProblem("date", "recommendation.date.future", today)));
            }
            return mongo.exists(Query.query(listed(year)), PoolEntry.class).flatMap(any -> any
                    ? markEntries(year, day).flatMap(marked -> cycles.recommended(reviewer, cycle, day, marked)
                            .map(saved -> new Marking(saved, marked)))
                    : Mono.error(PortalException.conflict("recommendation.empty", String.valueOf(year))));
        });
    }

    private Mono<Long> markEntries(int year, LocalDate day) {
        Query unmarked = Query.query(listed(year).and("recommendedOn").is(null)).with(Sort.by("_id"));
        unmarked.fields().include("_id");
        // Only the ids are read (as raw documents: a PoolEntry cannot be made of its id alone).
        return mongo.find(unmarked, Document.class, mongo.getCollectionName(PoolEntry.class))
                // The guard in the filter keeps the first day if two markings meet on one entry.
                .flatMap(entry -> mongo.updateFirst(Query.query(Criteria.where("_id").is(entry.get("_id"))
                                .and("recommendedOn").is(null)), new Update().set("recommendedOn", day), PoolEntry.class),
                        CONCURRENCY)
                .reduce(0L, (total, result) -> total + result.getModifiedCount());
    }

    /** The list's entries: the bureau decided tier 1. Served by the index by_cycle_and_decided_tier. */
    private static Criteria listed(int year) {
        return Criteria.where("cycleYear").is(year).and("decision.tier").is(TierResult.TIER_1);
    }

    private Flux<RecommendationRow> rows(PortalUser reviewer, Flux<PoolEntry> entries) {
        return entries.buffer(BATCH).concatMap(batch -> enterprises
                .findAll(reviewer, batch.stream().map(PoolEntry::enterpriseId).toList())
                .collectMap(Enterprise::id)
                // Recomputing is CPU work: keep it off the event loop that delivered the firms.
                .publishOn(Schedulers.parallel())
                .flatMapIterable(firms -> batch.stream().map(entry -> row(entry, firms)).toList()));
    }

    private RecommendationRow row(PoolEntry entry, Map<String, Enterprise> firms) {
        Enterprise firm = firms.get(entry.enterpriseId());
        return results.of(entry.snapshotJson(), entry.ruleSetVersion())
                .map(recomputed -> RecommendationRow.of(entry, firm, recomputed.snapshot(), recomputed.result()))
                .orElseGet(() -> RecommendationRow.of(entry, firm, null, null));
    }
}
