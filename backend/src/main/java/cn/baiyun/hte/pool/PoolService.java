package cn.baiyun.hte.pool;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.baiyun.hte.assessment.TierResult;
import cn.baiyun.hte.platform.audit.AuditEvent;
import cn.baiyun.hte.platform.audit.AuditLog;
import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.mongo.CursorPaging;
import cn.baiyun.hte.platform.security.PortalUser;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Reads a cycle's pool for the bureau. */
@Service
public class PoolService {

    static final int MAX_REASON = 1000;

    private final CycleService cycles;
    private final PoolEntryRepository entries;
    private final ReactiveMongoTemplate mongo;
    private final AuditLog audit;
    private final Clock clock;

    PoolService(CycleService cycles, PoolEntryRepository entries, ReactiveMongoTemplate mongo, AuditLog audit,
                Clock clock) {
        this.cycles = cycles;
        this.entries = entries;
        this.mongo = mongo;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The bureau's tier for an assessed firm: confirming the proposal needs no reason, any other tier
     * does. One conditional update of the entry, audited with the reason.
     */
    public Mono<PoolEntry> decide(PortalUser reviewer, int year, String enterpriseId, TierResult tier, String reason) {
        return cycles.find(reviewer, year)
                .then(entries.findByCycleYearAndEnterpriseId(year, enterpriseId))
                .switchIfEmpty(Mono.error(PortalException.notFound()))
                .flatMap(entry -> {
                    List<FieldProblem> problems = decisionProblems(entry, tier, reason);
                    if (!problems.isEmpty()) {
                        return Mono.error(PortalException.invalid(problems));
                    }
                    String why = reason == null || reason.isBlank() ? null : reason.strip();
                    PoolEntry.Decision decision = new PoolEntry.Decision(tier, why, Instant.now(clock));
                    Query query = Query.query(Criteria.where("_id").is(entry.id()));
                    return mongo.findAndModify(query, new Update().set("decision", decision),
                                    FindAndModifyOptions.options().returnNew(true), PoolEntry.class)
                            .flatMap(decided -> audit.record(reviewer, "pool.tier.decided",
                                    new AuditLog.Subject("poolEntry", decided.id()), enterpriseId,
                                    List.of(new AuditEvent.FieldChange("tier", String.valueOf(entry.proposedTier()),
                                            tier.name())), why).thenReturn(decided));
                });
    }

    private static List<FieldProblem> decisionProblems(PoolEntry entry, TierResult tier, String reason) {
        List<FieldProblem> problems = new ArrayList<>();
        if (entry.outcome() != PoolEntry.Outcome.ASSESSED) {
            problems.add(new FieldProblem("tier", "pool.decision.not-assessed"));
        } else if (tier == null) {
            problems.add(new FieldProblem("tier", "NotNull"));
        } else if (tier != entry.proposedTier() && (reason == null || reason.isBlank())) {
            problems.add(new FieldProblem("reason", "pool.decision.reason"));
        }
        if (reason != null && reason.length() > MAX_REASON) {
            problems.add(new FieldProblem("reason", "pool.decision.reason.too-long", MAX_REASON));
        }
        return problems;
    }

    Mono<CursorPaging.Page<PoolEntry>> entries(PortalUser reviewer, PoolSearch search) {
        return cycles.find(reviewer, search.year()).flatMap(cycle -> {
            List<FieldProblem> problems = new ArrayList<>();
            if (search.limit() != null && (search.limit() < 1 || search.limit() > PoolSearch.MAX_LIMIT)) {
                problems.add(new FieldProblem("limit", "pool.search.limit", 1, PoolSearch.MAX_LIMIT));
            }
            if (!CursorPaging.validCursor(search.cursor())) {
                problems.add(new FieldProblem("cursor", "pool.search.cursor"));
            }
            if (!problems.isEmpty()) {
                return Mono.error(PortalException.invalid(problems));
            }
            Criteria criteria = Criteria.where("cycleYear").is(search.year());
            if (search.proposedTier() != null) {
                criteria = criteria.and("proposedTier").is(search.proposedTier());
            }
            if (search.outcome() != null) {
                criteria = criteria.and("outcome").is(search.outcome());
            }
            return CursorPaging.page(mongo, criteria, PoolEntry.class, search.effectiveLimit(), search.cursor(),
                    PoolEntry::id);
        });
    }
}
