package cn.baiyun.hte.dashboard;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import cn.baiyun.hte.PortalApplication;
import cn.baiyun.hte.chain.ChainBreakdowns;
import cn.baiyun.hte.enterprise.FirmFigures;
import cn.baiyun.hte.pool.TierFigures;
import cn.baiyun.hte.referral.ReferralService;
import cn.baiyun.hte.subsidy.SubsidyOutlooks;
import org.reactivestreams.Publisher;
import cn.baiyun.hte.assessment.TierResult;
import cn.baiyun.hte.enterprise.Enterprise;
import cn.baiyun.hte.enterprise.HteCertificate;
import cn.baiyun.hte.enterprise.LifecycleStage;
import cn.baiyun.hte.enterprise.SpecializedCertificate;
import cn.baiyun.hte.enterprise.TechSmeRegistration;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.pool.board.PoolEntry;
import cn.baiyun.hte.pool.cycle.CycleService;
import cn.baiyun.hte.pool.run.AssessmentRunner;
import cn.baiyun.hte.pool.run.GeneratedFirms;
import cn.baiyun.hte.support.ExternalMongo;
import cn.baiyun.hte.support.Principals;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.ReactiveBulkOperations;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Flux;

/**
 * The dashboard over the cycle benchmark's generated firms ({@link GeneratedFirms}), with the application in this
 * JVM (heap capped by the profile, -Xmx512m) and the database in a process of its own. The firms get the facts
 * the dashboard counts (a third hold an HTE certificate issued over the last three and a half years, a quarter
 * above designated size, a tenth 专精特新, a fifth in the tech-based SME register, every stage), the cycle is run
 * and its tier-1 proposals decided, so the outlook joins tens of thousands of entries to their firms. Then the
 * reviewer's whole dashboard is computed {@value #ROUNDS} times; prints each time, the application's peak heap
 * and its GC, then each part's time alone.
 * Asserts nothing. Run through the Maven profile {@code cycle-benchmark} with
 * {@code -Dbenchmark.main=cn.baiyun.hte.dashboard.DashboardBenchmark} (see docs/benchmarks.md).
 */
public final class DashboardBenchmark {

    static final int YEAR = 2026;
    static final int ROUNDS = 5;
    static final int BATCH = 1_000;
    static final Duration TIMEOUT = Duration.ofMinutes(30);

    /**
     * The portal's short database timeouts (3 s to find the server, whose monitor gives up after the 2 s connect
     * timeout) let a shared, loaded machine stop the benchmark before it measures anything: the database process
     * starved of CPU misses a heartbeat. The benchmark waits instead; what it measures is unaffected.
     */
    static final String PATIENT = "?serverSelectionTimeoutMS=120000&connectTimeoutMS=30000&socketTimeoutMS=600000";

    private DashboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int firms = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        try (ExternalMongo database = ExternalMongo.start(System.getProperty("benchmark.db-heap", "12g"));
             ConfigurableApplicationContext app = new SpringApplicationBuilder(PortalApplication.class)
                     .run("--spring.mongodb.uri=" + database.uri("hte-benchmark") + PATIENT, "--server.port=0",
                             "--hte.demo-data.enabled=false", "--logging.level.de.bwaldvogel.mongo=WARN")) {
            PortalUser reviewer = Principals.reviewer().user();
            ReactiveMongoTemplate mongo = app.getBean(ReactiveMongoTemplate.class);
            LocalDate day = LocalDate.of(YEAR, 12, 7);

            long start = System.nanoTime();
            List<String> ids = GeneratedFirms.insert(mongo, firms, YEAR).collectList().block(TIMEOUT);
            Flux.range(0, ids.size()).buffer(BATCH)
                    .concatMap(batch -> {
                        ReactiveBulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Enterprise.class);
                        batch.forEach(i -> bulk.updateOne(Query.query(Criteria.where("_id").is(ids.get(i))), facts(i, day)));
                        return bulk.execute();
                    }, 1)
                    .blockLast(TIMEOUT);
            double generation = (System.nanoTime() - start) / 1e9;
            app.getBean(CycleService.class).open(reviewer, YEAR, null).block(TIMEOUT);
            app.getBean(AssessmentRunner.class).run(reviewer, YEAR, false).block(TIMEOUT);
            long decided = mongo.updateMulti(Query.query(Criteria.where("cycleYear").is(YEAR)
                            .and("proposedTier").is(TierResult.TIER_1)),
                    new Update().set("decision", new PoolEntry.Decision(TierResult.TIER_1, null, Instant.now())),
                    PoolEntry.class).block(TIMEOUT).getModifiedCount();
            database.settle();

            DashboardService dashboards = app.getBean(DashboardService.class);
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long[] gcBefore = gc();
            List<String> times = new ArrayList<>();
            Dashboard last = null;
            for (int round = 0; round < ROUNDS; round++) {
                long t = System.nanoTime();
                last = dashboards.dashboard(reviewer, day, Locale.SIMPLIFIED_CHINESE).block(TIMEOUT);
                times.add(String.format("%.0f ms", (System.nanoTime() - t) / 1e6));
            }
            long[] gcAfter = gc();
            List<String> parts = parts(app, reviewer, day);
            long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP)
                    .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
            List<String> lines = List.of(
                    "Dashboard benchmark, " + Instant.now() + ", load average "
                            + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    "machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                            + System.getProperty("java.version") + ", application heap max "
                            + (Runtime.getRuntime().maxMemory() >> 20) + " MB; database: " + database.description(),
                    String.format("firms: %d (generated with their facts in %.1f s), tier-1 entries decided: %d", firms,
                            generation, decided),
                    "whole dashboard, " + ROUNDS + " rounds: " + String.join(", ", times),
                    String.format("figures: %d valid HTEs, %d above size, %d 专精特新; outlook with tier 1: %s",
                            last.standing().hte(), last.standing().hteAboveSize(), last.standing().specialised(),
                            last.progress().isEmpty() ? "-" : last.progress().get(0).withTier1()),
                    String.format("peak heap during the rounds: %d MB (sum of the heap pools' peaks); GC: %d collections, %d ms",
                            peakHeap >> 20, gcAfter[0] - gcBefore[0], gcAfter[1] - gcBefore[1]),
                    "each part alone, one after the other: " + String.join(", ", parts));
            lines.forEach(line -> System.out.println("[dashboard-benchmark] " + line));
        }
        System.exit(0);
    }

    /** Firm {@code i}'s facts: certificate, size, 专精特新, tech-based SME register and stage spread over the firms. */
    private static Update facts(int i, LocalDate day) {
        Update update = new Update();
        boolean hte = i % 3 == 0;
        if (hte) {
            update.set("profile.hteCertificate", new HteCertificate("GR" + i, day.minusDays(i % 1_280)));
        }
        update.set("profile.aboveDesignatedSize", i % 4 == 0);
        if (i % 10 == 0) {
            update.set("profile.specialized", new SpecializedCertificate(SpecializedCertificate.Level.PROVINCIAL,
                    "贵州省工业和信息化厅", day.minusYears(1), day.plusYears(2)));
        }
        if (i % 5 == 0) {
            update.set("profile.techSme", new TechSmeRegistration("TS" + i, YEAR - 1 - i % 3));
        }
        update.set("profile.lifecycleStage", hte ? LifecycleStage.HIGH_TECH_ENTERPRISE
                : LifecycleStage.values()[i % 3]);
        return update;
    }

    /**
     * The dashboard's parts timed one by one (each alone on the database), to see which one the whole waits for.
     */
    private static List<String> parts(ConfigurableApplicationContext app, PortalUser reviewer, LocalDate day) {
        FirmFigures figures = app.getBean(FirmFigures.class);
        TierFigures tiers = app.getBean(TierFigures.class);
        int year = day.getYear();
        Map<String, Supplier<Publisher<?>>> parts = new LinkedHashMap<>();
        parts.put("targets", () -> app.getBean(TargetService.class).effective(year));
        parts.put("standing", () -> figures.standing(day));
        parts.put("expiring", () -> figures.expiring(year));
        parts.put("stages", figures::stages);
        parts.put("techSmeCohorts", () -> figures.techSmeCohorts(year - 3, year - 1));
        parts.put("bySize", () -> figures.bySize(day));
        parts.put("issued", () -> figures.issued(year - 5, year));
        parts.put("tiers", () -> tiers.tiers(year - 3, year));
        parts.put("fields", () -> tiers.fields(year));
        parts.put("outlook", () -> app.getBean(DashboardService.class).outlook(year, day));
        parts.put("expiringFirms", () -> app.getBean(ExpiringDrillDowns.class)
                .firms(year, new cn.baiyun.hte.platform.paging.PageRequest(Dashboard.LISTED, null)));
        parts.put("departments", () -> app.getBean(ReferralService.class).counts(reviewer));
        parts.put("chains", () -> app.getBean(ChainBreakdowns.class).on(reviewer, day));
        parts.put("subsidies", () -> app.getBean(SubsidyOutlooks.class).forYear(reviewer, year));
        List<String> times = new ArrayList<>();
        parts.forEach((name, part) -> {
            long t = System.nanoTime();
            Flux.from(part.get()).then().block(TIMEOUT);
            times.add(String.format("%s %.0f ms", name, (System.nanoTime() - t) / 1e6));
        });
        return times;
    }

    private static long[] gc() {
        long count = 0;
        long time = 0;
        for (var bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, bean.getCollectionCount());
            time += Math.max(0, bean.getCollectionTime());
        }
        return new long[] {count, time};
    }
}
