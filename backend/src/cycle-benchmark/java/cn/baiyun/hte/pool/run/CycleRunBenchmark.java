package cn.baiyun.hte.pool.run;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import cn.baiyun.hte.PortalApplication;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.pool.cycle.Cycle;
import cn.baiyun.hte.pool.cycle.CycleService;
import cn.baiyun.hte.support.ExternalMongo;
import cn.baiyun.hte.support.Principals;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/**
 * A full cycle run over generated firms (three fiscal years each, see {@link GeneratedFirms}), with the
 * application in this JVM (start it with the heap cap to measure, e.g. -Xmx512m) and the database in a
 * process of its own. Prints the figures; asserts nothing. Run through the Maven profile
 * {@code cycle-benchmark} (see docs/benchmarks.md): argument 1 is the number of firms (default 100,000); the system
 * property {@code benchmark.db-heap} sets the database process's heap (default 12g).
 */
public final class CycleRunBenchmark {

    static final int YEAR = 2026;
    static final Duration RUN_TIMEOUT = Duration.ofMinutes(30);

    private CycleRunBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int firms = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        try (ExternalMongo database = ExternalMongo.start(System.getProperty("benchmark.db-heap", "12g"));
             ConfigurableApplicationContext app = new SpringApplicationBuilder(PortalApplication.class)
                     // Arguments, not default properties: application.yml's own values win over those.
                     .run("--spring.mongodb.uri=" + database.uri("hte-benchmark"), "--server.port=0",
                             "--hte.demo-data.enabled=false", "--logging.level.de.bwaldvogel.mongo=WARN")) {
            PortalUser reviewer = Principals.reviewer().user();
            ReactiveMongoTemplate mongo = app.getBean(ReactiveMongoTemplate.class);
            AssessmentRunner runner = app.getBean(AssessmentRunner.class);

            long generationStart = System.nanoTime();
            GeneratedFirms.insert(mongo, firms, YEAR).count().block(RUN_TIMEOUT);
            double generation = seconds(generationStart);
            app.getBean(CycleService.class).open(reviewer, YEAR, null).block(RUN_TIMEOUT);

            long databaseHeap = database.settle();
            double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long[] gcBefore = gc();
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long appCpuBefore = os.getProcessCpuTime();
            Duration dbCpuBefore = database.cpuTime();
            long runStart = System.nanoTime();
            Cycle first = runner.run(reviewer, YEAR, false).block(RUN_TIMEOUT);
            double firstRun = seconds(runStart);
            long[] gcAfter = gc();
            double appCpu = (os.getProcessCpuTime() - appCpuBefore) / 1e9;
            double dbCpu = database.cpuTime().minus(dbCpuBefore).toMillis() / 1e3;
            long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP)
                    .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();

            long secondStart = System.nanoTime();
            Cycle second = runner.run(reviewer, YEAR, false).block(RUN_TIMEOUT);
            double secondRun = seconds(secondStart);

            List<String> lines = List.of(
                    "Cycle run benchmark, " + Instant.now(),
                    "machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
                            + (os.getTotalMemorySize() >> 20) + " MB RAM, Java " + System.getProperty("java.version"),
                    "application heap: max " + (Runtime.getRuntime().maxMemory() >> 20) + " MB, GC "
                            + ManagementFactory.getGarbageCollectorMXBeans().stream()
                            .map(GarbageCollectorMXBean::getName).toList(),
                    "database: " + database.description() + String.format(", %d MB used after the generation",
                            databaseHeap >> 20),
                    String.format("firms: %d (generated in %.1f s)", firms, generation),
                    String.format("first run: %.1f s, %.0f firms/s; processed %d, assessed %d, insufficient data %d",
                            firstRun, firms / firstRun, first.run().processed(), first.run().assessed(),
                            first.run().insufficientData()),
                    String.format("processor time during the first run: application %.1f s, database %.1f s;"
                            + " load average before the run %.1f", appCpu, dbCpu, loadBefore),
                    String.format("peak heap during the first run: %d MB (sum of the heap pools' peaks)",
                            peakHeap >> 20),
                    String.format("GC during the first run: %d collections, %d ms",
                            gcAfter[0] - gcBefore[0], gcAfter[1] - gcBefore[1]),
                    String.format("second run (nothing changed): %.1f s, processed %d", secondRun,
                            second.run().processed()));
            lines.forEach(line -> System.out.println("[cycle-benchmark] " + line));
        }
        System.exit(0);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** Collections and milliseconds spent in them so far, over all collectors. */
    private static long[] gc() {
        long count = 0;
        long time = 0;
        for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, bean.getCollectionCount());
            time += Math.max(0, bean.getCollectionTime());
        }
        return new long[] {count, time};
    }
}
