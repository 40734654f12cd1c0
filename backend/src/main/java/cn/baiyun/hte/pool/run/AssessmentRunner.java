package cn.baiyun.hte.pool.run;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cn.baiyun.hte.assessment.Assessment;
import cn.baiyun.hte.assessment.HteEngine;
import cn.baiyun.hte.assessment.InputDigest;
import cn.baiyun.hte.assessment.RuleSets;
import cn.baiyun.hte.assessment.SnapshotCheck;
import cn.baiyun.hte.assessment.TechSmeEvaluator;
import cn.baiyun.hte.enterprise.Enterprise;
import cn.baiyun.hte.enterprise.EnterpriseService;
import cn.baiyun.hte.filing.FilingService;
import cn.baiyun.hte.filing.portfolio.PortfolioService;
import cn.baiyun.hte.platform.error.LogText;
import cn.baiyun.hte.platform.events.Outbox;
import cn.baiyun.hte.platform.lease.Lease;
import cn.baiyun.hte.platform.lease.Leases;
import cn.baiyun.hte.pool.CycleChanged;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.mongo.RecordReader;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.pool.board.MissingData;
import cn.baiyun.hte.pool.board.PoolEntry;
import cn.baiyun.hte.pool.cycle.Cycle;
import cn.baiyun.hte.pool.cycle.CycleRun;
import cn.baiyun.hte.pool.cycle.CycleService;
import cn.baiyun.hte.pool.cycle.CycleStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/**
 * Assesses every verified firm for a cycle. Everything the assessment reads (firms, filed years, IP rights
 * and transformations from the enterprise, filing and portfolio services, the cycle's stored entries) is
 * read in one pass sorted by firm id, and the passes are
 * merged into one firm at a time ({@link RunInputs}); the firms are assessed {@value #CHUNK} at a time
 * and the proposals whose inputs changed are written in one unordered bulk of single-document upserts.
 * At most {@value #CHUNKS_IN_FLIGHT} chunks are in hand at once, so memory stays flat however many firms
 * there are, and every document is read once. Each firm's entry is upserted by (year, firm) and written
 * only when its inputs changed, so running again changes nothing and a run that stopped half-way is
 * finished by simply running again. One run of a cycle at a time across replicas: a run holds the lease
 * {@code cycle-run:<year>} and renews it with every heartbeat (one per chunk, well under a second apart), so
 * a replica that died mid-run lets the lease expire after {@code hte.pool.run.stale-after}; the run is then
 * shown interrupted ({@link InterruptedRuns}) and the next start resumes the work. A run that fails in
 * its process is shown interrupted at once.
 */
@NamedInterface("api")
@Service
public class AssessmentRunner {

    private static final Logger log = LoggerFactory.getLogger(AssessmentRunner.class);

    /** Firms per chunk: large enough that queries and writes are few, small enough to hold a few at once. */
    static final int CHUNK = 500;
    /** One chunk is assessed while the next is read: keeps both cores busy and the database answering. */
    static final int CHUNKS_IN_FLIGHT = 2;
    private static final TechSmeEvaluator TECH_SME = new TechSmeEvaluator();

    private final CycleService cycles;
    private final EnterpriseService enterprises;
    private final FilingService filings;
    private final PortfolioService portfolio;
    private final ReactiveMongoTemplate mongo;
    private final JsonMapper json;
    private final Leases leases;
    private final Outbox outbox;
    private final Clock clock;
    private final Duration staleAfter;
    private final RunMetrics metrics;

    AssessmentRunner(CycleService cycles, EnterpriseService enterprises, FilingService filings,
                     PortfolioService portfolio, ReactiveMongoTemplate mongo, JsonMapper json, Leases leases,
                     Outbox outbox, Clock clock, @Value("${hte.pool.run.stale-after:PT2M}") Duration staleAfter,
                     RunMetrics metrics) {
        this.metrics = metrics;
        this.cycles = cycles;
        this.enterprises = enterprises;
        this.filings = filings;
        this.portfolio = portfolio;
        this.mongo = mongo;
        this.json = json;
        this.leases = leases;
        this.outbox = outbox;
        this.clock = clock;
        this.staleAfter = staleAfter;
    }

    /** How long a run may go without a heartbeat before it counts as interrupted and its lease as free. */
    Duration staleAfter() {
        return staleAfter;
    }

    /** What a run did so far; {@code written} counts the entries it created or changed. */
    record Totals(long processed, long assessed, long insufficientData, long written) {

        static final Totals NONE = new Totals(0, 0, 0, 0);

        Totals plus(Totals other) {
            return new Totals(processed + other.processed, assessed + other.assessed,
                    insufficientData + other.insufficientData, written + other.written);
        }
    }

    /**
     * Claims the cycle's run and starts it in the background; the returned cycle shows the run as started.
     * Its progress is on the cycle ({@link Cycle#run()}) while it goes.
     */
    public Mono<Cycle> start(PortalUser reviewer, int year, boolean includeSubmitted) {
        return cycles.find(reviewer, year).flatMap(cycle -> claim(cycle).flatMap(lease -> running(cycle, includeSubmitted)
                .doOnNext(started -> holding(lease, reviewer, started, includeSubmitted)
                        .subscribe(done -> log.info("Cycle {} assessed: {}", year, done.run()),
                                error -> log.error("Cycle {} assessment stopped; running it again resumes it", year,
                                        LogText.encoded(error))))));
    }

    /** Runs the cycle's assessment to the end; the returned cycle carries the run's final counts. */
    public Mono<Cycle> run(PortalUser reviewer, int year, boolean includeSubmitted) {
        return cycles.find(reviewer, year).flatMap(cycle -> claim(cycle).flatMap(lease -> running(cycle, includeSubmitted)
                .flatMap(started -> holding(lease, reviewer, started, includeSubmitted))));
    }

    /** The run's lease, or a conflict the reviewer understands while a run of the cycle goes on. */
    private Mono<Lease> claim(Cycle cycle) {
        return leases.acquire(leaseName(cycle.year()), staleAfter)
                .switchIfEmpty(Mono.error(PortalException.conflict("pool.run.busy", String.valueOf(cycle.year()))));
    }

    static String leaseName(int year) {
        return "cycle-run:" + year;
    }

    /** Shows the run as started on the cycle, for every replica's pages. */
    private Mono<Cycle> running(Cycle cycle, boolean includeSubmitted) {
        Instant now = Instant.now(clock);
        Update update = new Update()
                .set("run", new CycleRun(CycleRun.State.RUNNING, includeSubmitted, 0, 0, 0, now, now, null, null))
                .inc("version", 1);
        return mongo.findAndModify(Query.query(Criteria.where("_id").is(cycle.id())), update,
                FindAndModifyOptions.options().returnNew(true), Cycle.class);
    }

    /**
     * The run, giving the lease up when it ends however it ends, so the next start need not wait; a run that
     * failed is shown failed with what went wrong, so that the reviewer sees it stopped and why.
     */
    private Mono<Cycle> holding(Lease lease, PortalUser reviewer, Cycle cycle, boolean includeSubmitted) {
        return metrics.timed(Mono.usingWhen(Mono.just(lease), held -> assessAll(held, reviewer, cycle, includeSubmitted),
                        leases::release))
                .onErrorResume(error -> failed(cycle, error).then(Mono.error(error)));
    }

    /**
     * Marks this run (not a later one that took over its lease) failed while it still shows running. If the
     * database is what failed, this write may fail too: the run then goes stale and is shown interrupted.
     */
    private Mono<Void> failed(Cycle cycle, Throwable error) {
        Query thisRun = Query.query(Criteria.where("_id").is(cycle.id())
                .and("run.state").is(CycleRun.State.RUNNING.name()).and("run.startedAt").is(cycle.run().startedAt()));
        Update failed = new Update().set("run.state", CycleRun.State.FAILED.name())
                .set("run.failure", RunFailures.of(error).name()).set("run.finishedAt", Instant.now(clock));
        return mongo.updateFirst(thisRun, failed, Cycle.class).then().onErrorResume(unwritten -> Mono.empty());
    }

    private Mono<Cycle> assessAll(Lease lease, PortalUser reviewer, Cycle cycle, boolean includeSubmitted) {
        HteEngine engine = new HteEngine(RuleSets.current());
        return RunInputs.merge(enterprises.verifiedFirms(reviewer), filings.inFirmOrder(reviewer, includeSubmitted),
                        portfolio.ipRightsInFirmOrder(reviewer), portfolio.transformationsInFirmOrder(reviewer),
                        storedProposals(cycle.year()))
                .buffer(CHUNK)
                .flatMap(chunk -> assessChunk(engine, cycle, chunk), CHUNKS_IN_FLIGHT)
                .scan(Totals::plus)
                .concatMap(totals -> heartbeat(lease, cycle, totals.processed()).thenReturn(totals))
                .last(Totals.NONE)
                .flatMap(totals -> finish(reviewer, cycle, totals));
    }

    private Mono<Totals> assessChunk(HteEngine engine, Cycle cycle, List<RunInputs.RunInput> chunk) {
        return Mono.fromCallable(() -> {
                    List<PoolEntry> changed = new ArrayList<>();
                    long assessed = 0;
                    for (RunInputs.RunInput input : chunk) {
                        Proposal proposal = proposal(engine, cycle, input.sources(), input.stored());
                        assessed += proposal.outcome() == PoolEntry.Outcome.ASSESSED ? 1 : 0;
                        if (proposal.changed() != null) {
                            changed.add(proposal.changed());
                        }
                    }
                    return new ChunkResult(new Totals(chunk.size(), assessed, chunk.size() - assessed,
                            changed.size()), changed);
                })
                .subscribeOn(Schedulers.parallel())
                .flatMap(result -> ProposalUpserts.write(mongo, result.changed()).thenReturn(result.totals()))
                .doOnNext(totals -> metrics.went(totals.processed()));
    }

    private record ChunkResult(Totals totals, List<PoolEntry> changed) {
    }

    /** The cycle's stored entries in firm order, only the fields that tell whether a firm's inputs changed. */
    private Flux<PoolEntry> storedProposals(int year) {
        Query query = Query.query(Criteria.where("cycleYear").is(year)).with(Sort.by("enterpriseId"));
        query.fields().include("cycleYear", "enterpriseId", "outcome", "ruleSetVersion", "inputsDigest", "missing",
                "techSme");
        return RecordReader.find(mongo, query, PoolEntry.class);
    }

    /** A firm's outcome, and its new entry unless the stored one came from the same inputs and rules. */
    private record Proposal(PoolEntry.Outcome outcome, PoolEntry changed) {
    }

    /**
     * Assembles the firm's snapshot and compares its digest (or what is missing) and its tech-based SME
     * result with the stored entry's: only a firm whose inputs or rules changed is assessed and serialized
     * again, so a rerun costs the assembly, the digest and the tech-SME arithmetic per firm and writes nothing.
     * The tech-SME evaluation reads the same records as the HTE assessment, so it adds no query.
     */
    private Proposal proposal(HteEngine engine, Cycle cycle, SnapshotSources sources, PoolEntry stored) {
        Enterprise firm = sources.firm();
        var assembled = SnapshotAssembler.assemble(sources, cycle.dates().assessmentDate());
        List<MissingData> missing = assembled.complete() ? SnapshotCheck.problems(assembled.snapshot()).stream()
                .map(problem -> new MissingData("invalid", problem.field())).toList() : assembled.missing();
        PoolEntry.Outcome outcome = missing.isEmpty() ? PoolEntry.Outcome.ASSESSED : PoolEntry.Outcome.INSUFFICIENT_DATA;
        String digest = missing.isEmpty() ? InputDigest.of(assembled.snapshot()) : null;
        PoolEntry.TechSme techSme = techSme(sources, cycle);
        if (stored != null && stored.outcome() == outcome && engine.rules().version().equals(stored.ruleSetVersion())
                && Objects.equals(stored.inputsDigest(), digest) && stored.missing().equals(missing)
                && Objects.equals(stored.techSme(), techSme)) {
            return new Proposal(outcome, null);
        }
        Instant now = Instant.now(clock);
        if (!missing.isEmpty()) {
            return new Proposal(outcome, new PoolEntry(null, cycle.year(), firm.id(), firm.name(),
                    firm.profile().technicalField(), outcome, null, List.of(), missing, engine.rules().version(),
                    null, null, now, null, null, null, null, techSme));
        }
        Assessment result = engine.assess(assembled.snapshot());
        return new Proposal(outcome, new PoolEntry(null, cycle.year(), firm.id(), firm.name(),
                firm.profile().technicalField(), outcome, result.tier().result(),
                result.tier().unmet().stream().map(Enum::name).toList(), List.of(), result.ruleSetVersion(), digest,
                json.writeValueAsString(assembled.snapshot()), now, null, null, null, null, techSme));
    }

    /** The firm's tech-based SME result from the year before the assessment date, or null when it lacks figures. */
    private static PoolEntry.TechSme techSme(SnapshotSources sources, Cycle cycle) {
        var assembled = TechSmeAssembler.assemble(sources, cycle.dates().assessmentDate());
        return assembled.complete() ? PoolEntry.TechSme.of(TECH_SME.evaluate(assembled.snapshot()),
                assembled.snapshot().dataYear(), sources.firm().profile().techSme()) : null;
    }

    /**
     * Renews the lease and shows the progress; a run whose lease expired and went to another replica stops.
     * The state is set again too: a run slowed down past its staleness was shown interrupted meanwhile.
     */
    private Mono<Void> heartbeat(Lease lease, Cycle cycle, long processed) {
        Query query = Query.query(Criteria.where("_id").is(cycle.id()));
        Update update = new Update().set("run.processed", processed).set("run.heartbeat", Instant.now(clock))
                .set("run.state", CycleRun.State.RUNNING.name());
        return leases.renew(lease, staleAfter)
                .switchIfEmpty(Mono.error(() -> new IllegalStateException(
                        "Cycle " + cycle.year() + ": the run's lease expired and another run took it")))
                .then(mongo.updateFirst(query, update, Cycle.class)).then();
    }

    private Mono<Cycle> finish(PortalUser reviewer, Cycle cycle, Totals totals) {
        log.info("Cycle {}: {} firms assessed, {} proposals written", cycle.year(), totals.processed(),
                totals.written());
        Instant now = Instant.now(clock);
        Query query = Query.query(Criteria.where("_id").is(cycle.id()));
        Update update = new Update()
                .set("run.state", CycleRun.State.DONE.name()).set("run.processed", totals.processed())
                .set("run.assessed", totals.assessed()).set("run.insufficientData", totals.insufficientData())
                .set("run.heartbeat", now).set("run.finishedAt", now)
                .set("updatedAt", now).inc("version", 1);
        // Only an open cycle becomes assessed: the bureau may have settled or recommended it meanwhile.
        Query stillOpen = Query.query(Criteria.where("_id").is(cycle.id()).and("status").is(CycleStatus.OPEN.name()));
        return mongo.updateFirst(stillOpen, new Update().set("status", CycleStatus.ASSESSED.name()), Cycle.class)
                .then(outbox.update(query, update, Cycle.class,
                        cycles.changed(CycleChanged.ASSESSED, reviewer, cycle, List.of())));
    }
}
