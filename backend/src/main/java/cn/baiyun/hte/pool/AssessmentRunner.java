package cn.baiyun.hte.pool;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import cn.baiyun.hte.assessment.Assessment;
import cn.baiyun.hte.assessment.HteEngine;
import cn.baiyun.hte.assessment.InputDigest;
import cn.baiyun.hte.assessment.RuleSets;
import cn.baiyun.hte.assessment.SnapshotCheck;
import cn.baiyun.hte.enterprise.Enterprise;
import cn.baiyun.hte.enterprise.EnterpriseService;
import cn.baiyun.hte.filing.FilingService;
import cn.baiyun.hte.filing.portfolio.PortfolioService;
import cn.baiyun.hte.platform.audit.AuditLog;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.security.PortalUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/**
 * Assesses every verified firm for a cycle. The firms stream from the database in id order and are
 * assessed a few at a time, so memory stays flat however many firms there are. Each firm's entry is
 * upserted by (year, firm) and written only when its inputs changed, so running again changes nothing
 * and a run that stopped half-way is finished by simply running again. One run at a time: starting
 * claims the cycle with a conditional update that a stale run (no heartbeat for a while) gives up.
 */
@Service
public class AssessmentRunner {

    private static final Logger log = LoggerFactory.getLogger(AssessmentRunner.class);

    static final int CONCURRENCY = 8;
    static final int HEARTBEAT_EVERY = 50;
    static final Duration STALE_AFTER = Duration.ofMinutes(5);

    private final CycleService cycles;
    private final EnterpriseService enterprises;
    private final FilingService filings;
    private final PortfolioService portfolio;
    private final PoolEntryRepository entries;
    private final ReactiveMongoTemplate mongo;
    private final JsonMapper json;
    private final AuditLog audit;
    private final Clock clock;

    AssessmentRunner(CycleService cycles, EnterpriseService enterprises, FilingService filings,
                     PortfolioService portfolio, PoolEntryRepository entries, ReactiveMongoTemplate mongo,
                     JsonMapper json, AuditLog audit, Clock clock) {
        this.cycles = cycles;
        this.enterprises = enterprises;
        this.filings = filings;
        this.portfolio = portfolio;
        this.entries = entries;
        this.mongo = mongo;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Claims the cycle and starts its run in the background; the returned cycle shows the run as started.
     * Its progress is on the cycle ({@link Cycle#run()}) while it goes.
     */
    public Mono<Cycle> start(PortalUser reviewer, int year, boolean includeSubmitted) {
        return cycles.find(reviewer, year)
                .flatMap(cycle -> claim(cycle, includeSubmitted))
                .doOnNext(claimed -> assessAll(reviewer, claimed, includeSubmitted)
                        .subscribe(done -> log.info("Cycle {} assessed: {}", year, done.run()),
                                error -> log.error("Cycle {} assessment stopped; running it again resumes it", year, error)));
    }

    /** Runs the cycle's assessment to the end; the returned cycle carries the run's final counts. */
    public Mono<Cycle> run(PortalUser reviewer, int year, boolean includeSubmitted) {
        return cycles.find(reviewer, year)
                .flatMap(cycle -> claim(cycle, includeSubmitted))
                .flatMap(cycle -> assessAll(reviewer, cycle, includeSubmitted));
    }

    private Mono<Cycle> claim(Cycle cycle, boolean includeSubmitted) {
        Instant now = Instant.now(clock);
        Criteria free = new Criteria().orOperator(Criteria.where("run").is(null), Criteria.where("run.state").is("DONE"),
                Criteria.where("run.heartbeat").lt(now.minus(STALE_AFTER)));
        Query query = Query.query(Criteria.where("_id").is(cycle.id())).addCriteria(free);
        Update update = new Update()
                .set("run", new CycleRun(CycleRun.State.RUNNING, includeSubmitted, 0, 0, 0, now, now, null))
                .inc("version", 1);
        return mongo.findAndModify(query, update, FindAndModifyOptions.options().returnNew(true), Cycle.class)
                .switchIfEmpty(Mono.error(PortalException.conflict("pool.run.busy", String.valueOf(cycle.year()))));
    }

    private Mono<Cycle> assessAll(PortalUser reviewer, Cycle cycle, boolean includeSubmitted) {
        HteEngine engine = new HteEngine(RuleSets.current());
        return enterprises.verifiedFirms(reviewer)
                .flatMap(firm -> assessOne(reviewer, engine, cycle, firm, includeSubmitted), CONCURRENCY)
                .index()
                .concatMap(counted -> (counted.getT1() + 1) % HEARTBEAT_EVERY == 0
                        ? heartbeat(cycle, counted.getT1() + 1).thenReturn(counted.getT2())
                        : Mono.just(counted.getT2()))
                .reduce(new long[3], (totals, outcome) -> {
                    totals[0]++;
                    totals[outcome == PoolEntry.Outcome.ASSESSED ? 1 : 2]++;
                    return totals;
                })
                .flatMap(totals -> finish(cycle, totals))
                .flatMap(done -> audit.record(reviewer, "cycle.assessed", new AuditLog.Subject("cycle", done.id()),
                        null, List.of(), null).thenReturn(done));
    }

    private Mono<PoolEntry.Outcome> assessOne(PortalUser reviewer, HteEngine engine, Cycle cycle, Enterprise firm,
                                              boolean includeSubmitted) {
        return Mono.zip(filings.ofFirm(reviewer, firm.id()).collectList(),
                        portfolio.ipAssets(reviewer, firm.id()).collectList(),
                        portfolio.transformationsPerYear(reviewer, firm.id()))
                .map(loaded -> new FirmRecords(firm, loaded.getT1(), loaded.getT2(), loaded.getT3()))
                .publishOn(Schedulers.parallel())
                .map(records -> entry(engine, cycle, records, includeSubmitted))
                .flatMap(this::saveIfChanged);
    }

    private PoolEntry entry(HteEngine engine, Cycle cycle, FirmRecords records, boolean includeSubmitted) {
        Enterprise firm = records.firm();
        var outcome = SnapshotAssembler.assemble(records, cycle.dates().assessmentDate(), includeSubmitted);
        Instant now = Instant.now(clock);
        List<MissingData> missing = outcome.complete() ? SnapshotCheck.problems(outcome.snapshot()).stream()
                .map(problem -> new MissingData("invalid", problem.field())).toList() : outcome.missing();
        if (!missing.isEmpty()) {
            return new PoolEntry(null, cycle.year(), firm.id(), firm.name(), firm.profile().technicalField(),
                    PoolEntry.Outcome.INSUFFICIENT_DATA, null, List.of(), missing, engine.rules().version(),
                    null, null, now, null, null, null, null);
        }
        Assessment result = engine.assess(outcome.snapshot());
        return new PoolEntry(null, cycle.year(), firm.id(), firm.name(), firm.profile().technicalField(),
                PoolEntry.Outcome.ASSESSED, result.tier().result(),
                result.tier().unmet().stream().map(Enum::name).toList(), List.of(), result.ruleSetVersion(),
                InputDigest.of(outcome.snapshot()), json.writeValueAsString(outcome.snapshot()), now, null, null, null, null);
    }

    /**
     * Writes the proposal unless the stored one came from the same inputs and rules. Only the proposal's
     * fields are set, in one upsert, so a reviewer's decision on the entry is never overwritten.
     */
    private Mono<PoolEntry.Outcome> saveIfChanged(PoolEntry fresh) {
        return entries.findByCycleYearAndEnterpriseId(fresh.cycleYear(), fresh.enterpriseId())
                .filter(stored -> sameInputs(stored, fresh))
                .map(PoolEntry::outcome)
                .switchIfEmpty(Mono.defer(() -> upsertProposal(fresh)));
    }

    private Mono<PoolEntry.Outcome> upsertProposal(PoolEntry fresh) {
        Query query = Query.query(Criteria.where("cycleYear").is(fresh.cycleYear())
                .and("enterpriseId").is(fresh.enterpriseId()));
        Update update = new Update().set("firmName", fresh.firmName()).set("technicalField", fresh.technicalField())
                .set("outcome", fresh.outcome()).set("proposedTier", fresh.proposedTier()).set("unmet", fresh.unmet())
                .set("missing", fresh.missing()).set("ruleSetVersion", fresh.ruleSetVersion())
                .set("inputsDigest", fresh.inputsDigest()).set("snapshotJson", fresh.snapshotJson())
                .set("assessedAt", fresh.assessedAt());
        return mongo.upsert(query, update, PoolEntry.class).thenReturn(fresh.outcome());
    }

    private static boolean sameInputs(PoolEntry stored, PoolEntry fresh) {
        return stored.outcome() == fresh.outcome() && stored.ruleSetVersion().equals(fresh.ruleSetVersion())
                && java.util.Objects.equals(stored.inputsDigest(), fresh.inputsDigest())
                && stored.missing().equals(fresh.missing());
    }

    private Mono<Void> heartbeat(Cycle cycle, long processed) {
        Query query = Query.query(Criteria.where("_id").is(cycle.id()));
        Update update = new Update().set("run.processed", processed).set("run.heartbeat", Instant.now(clock));
        return mongo.updateFirst(query, update, Cycle.class).then();
    }

    private Mono<Cycle> finish(Cycle cycle, long[] totals) {
        Instant now = Instant.now(clock);
        Query query = Query.query(Criteria.where("_id").is(cycle.id()));
        Update update = new Update()
                .set("run.state", CycleRun.State.DONE.name()).set("run.processed", totals[0])
                .set("run.assessed", totals[1]).set("run.insufficientData", totals[2])
                .set("run.heartbeat", now).set("run.finishedAt", now)
                .set("status", cycle.status() == CycleStatus.OPEN ? CycleStatus.ASSESSED.name() : cycle.status().name())
                .set("updatedAt", now).inc("version", 1);
        return mongo.findAndModify(query, update, FindAndModifyOptions.options().returnNew(true), Cycle.class);
    }
}
