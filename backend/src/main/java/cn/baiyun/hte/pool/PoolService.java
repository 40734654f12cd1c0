package cn.baiyun.hte.pool;

import java.util.ArrayList;
import java.util.List;

import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.mongo.CursorPaging;
import cn.baiyun.hte.platform.security.PortalUser;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Reads a cycle's pool for the bureau. */
@Service
public class PoolService {

    private final CycleService cycles;
    private final ReactiveMongoTemplate mongo;

    PoolService(CycleService cycles, ReactiveMongoTemplate mongo) {
        this.cycles = cycles;
        this.mongo = mongo;
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
