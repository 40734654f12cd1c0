package cn.baiyun.hte.pool.board;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import cn.baiyun.hte.assessment.TierResult;
import cn.baiyun.hte.platform.audit.AuditEvent;
import cn.baiyun.hte.platform.audit.AuditLog;
import cn.baiyun.hte.platform.events.Outbox;
import cn.baiyun.hte.platform.error.Problem;
import cn.baiyun.hte.platform.error.ProblemFactory;
import cn.baiyun.hte.pool.cycle.CycleService;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A decision is taken on the proposal that was checked: a run that rewrites the entry's proposal between
 * the decision's read and its update makes the decision a conflict, instead of storing it against a
 * proposal nobody checked it with.
 */
@PortalIntegrationTest
class PoolDecisionRaceTest {

    static final int YEAR = 2061;

    @Autowired
    TestPool pool;
    @Autowired
    PoolEntryRepository entries;
    @Autowired
    CycleService cycles;
    @Autowired
    PoolCriteria criteria;
    @Autowired
    ReactiveMongoTemplate mongo;
    @Autowired
    AuditLog audit;
    @Autowired
    Outbox outbox;
    @Autowired
    ProblemFactory problems;
    @Autowired
    Clock clock;

    @Test
    void aRunEndingBetweenTheReadAndTheUpdateMakesTheDecisionAConflict() {
        pool.cycle(YEAR);
        PoolEntry read = pool.assessed(YEAR, "决定期间重新评价企业", TierResult.TIER_2, "1.1.1");
        PoolService racing = new PoolService(cycles, runEndsRightAfterTheRead(read.enterpriseId()), criteria, mongo,
                outbox, clock);

        // Confirming tier 2 needs no reason; after the run it would be an override of tier 1 without one.
        Throwable refused = catchThrowable(() -> racing.decide(Principals.reviewer().user(), YEAR,
                read.enterpriseId(), TierResult.TIER_2, null).block(TestPool.TIMEOUT));

        Problem problem = problems.create(refused, Locale.ENGLISH, "/");
        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.detail()).isEqualTo("The firm was assessed again while you were deciding: look at its new"
                + " proposal and decide once more");
        PoolEntry stored = pool.reload(read);
        assertThat(stored.proposedTier()).isEqualTo(TierResult.TIER_1);
        assertThat(stored.decision()).isNull();
        assertThat(audit.ofEnterprise(read.enterpriseId(), 10).map(AuditEvent::action).collectList()
                .block(TestPool.TIMEOUT)).doesNotContain("pool.tier.decided");
    }

    @Test
    void withoutARunInBetweenTheSameDecisionIsStored() {
        pool.cycle(YEAR);
        PoolEntry read = pool.assessed(YEAR, "决定期间未重新评价企业", TierResult.TIER_2, "1.1.1");
        PoolService service = new PoolService(cycles, entries, criteria, mongo, outbox, clock);

        PoolEntry decided = service.decide(Principals.reviewer().user(), YEAR, read.enterpriseId(), TierResult.TIER_2,
                null).block(TestPool.TIMEOUT);

        assertThat(decided.decision().tier()).isEqualTo(TierResult.TIER_2);
        assertThat(pool.reload(read).decision().tier()).isEqualTo(TierResult.TIER_2);
    }

    /** The entries as stored, except that reading this firm's entry lets a run rewrite its proposal at once. */
    private PoolEntryRepository runEndsRightAfterTheRead(String enterpriseId) {
        PoolEntryRepository racing = mock(PoolEntryRepository.class);
        when(racing.findByCycleYearAndEnterpriseId(YEAR, enterpriseId)).thenAnswer(call ->
                entries.findByCycleYearAndEnterpriseId(YEAR, enterpriseId).delayUntil(this::rerun));
        return racing;
    }

    /** What a run writes when the firm's inputs changed: a new proposal with a new assessment time. */
    private Mono<Void> rerun(PoolEntry entry) {
        Update proposal = new Update().set("proposedTier", TierResult.TIER_1)
                .set("assessedAt", entry.assessedAt().plus(1, ChronoUnit.SECONDS).truncatedTo(ChronoUnit.MILLIS));
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(entry.id())), proposal, PoolEntry.class).then();
    }
}
