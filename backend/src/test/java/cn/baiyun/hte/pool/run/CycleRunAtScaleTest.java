package cn.baiyun.hte.pool.run;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import cn.baiyun.hte.assessment.TierResult;
import cn.baiyun.hte.filing.FilingService;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.pool.board.MissingData;
import cn.baiyun.hte.pool.board.PoolEntry;
import cn.baiyun.hte.pool.cycle.Cycle;
import cn.baiyun.hte.pool.cycle.CycleRun;
import cn.baiyun.hte.pool.cycle.CycleService;
import cn.baiyun.hte.support.ExternalMongo;
import cn.baiyun.hte.support.Principals;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One cycle run over 10,000 generated firms (three profiles with known outcomes), on a database in its
 * own process so that the heap measured here is the application's alone: the run keeps its memory
 * bounded, and a second run writes nothing. The figures of the 100,000-firm benchmark are in docs/benchmarks.md.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CycleRunAtScaleTest {

    static final int FIRMS = 10_000;
    static final int YEAR = 2027;
    static final Duration RUN_TIMEOUT = Duration.ofMinutes(10);

    /** Ends with this JVM: the child stops when its standard input closes. */
    static ExternalMongo database;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) throws IOException {
        database = ExternalMongo.start("1g");
        registry.add("spring.mongodb.uri", () -> database.uri("hte-scale"));
    }

    @Autowired
    ReactiveMongoTemplate mongo;
    @Autowired
    CycleService cycles;
    @Autowired
    AssessmentRunner runner;
    @Autowired
    FilingService filings;

    final PortalUser reviewer = Principals.reviewer().user();
    Map<String, GeneratedFirms.Profile> profiles;

    @BeforeAll
    void tenThousandFirmsAndTheCycle() {
        List<String> ids = GeneratedFirms.insert(mongo, FIRMS, YEAR).collectList().block(RUN_TIMEOUT);
        profiles = new java.util.HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            profiles.put(ids.get(i), GeneratedFirms.profile(i));
        }
        cycles.open(reviewer, YEAR, null).block(RUN_TIMEOUT);
    }

    @Test
    void oneRunAssessesEveryFirmInBoundedMemoryAndASecondRunWritesNothing() throws InterruptedException {
        HeapAfterGc heap = HeapAfterGc.start();
        Cycle done = runner.run(reviewer, YEAR, false).block(RUN_TIMEOUT);
        long runPeak = heap.stop();

        assertThat(done.run().state()).isEqualTo(CycleRun.State.DONE);
        assertThat(done.run().processed()).isEqualTo(FIRMS);
        Map<String, PoolEntry> first = entries();
        assertThat(first).hasSize(FIRMS);
        first.forEach((firm, entry) -> {
            switch (profiles.get(firm)) {
                case READY -> assertThat(entry.proposedTier()).as(firm).isEqualTo(TierResult.TIER_1);
                case NO_IP -> assertThat(entry.outcome()).as(firm).isEqualTo(PoolEntry.Outcome.ASSESSED);
                case GAP -> assertThat(entry.missing()).as(firm)
                        .containsExactly(new MissingData("filing", String.valueOf(YEAR - 1)));
            }
        });
        assertThat(first.values().stream().filter(e -> profiles.get(e.enterpriseId()) == GeneratedFirms.Profile.NO_IP)
                .map(PoolEntry::proposedTier).distinct().toList()).doesNotContain(TierResult.TIER_1).hasSize(1);
        assertThat(done.run().assessed()).isEqualTo(FIRMS - FIRMS / 3);

        // What holding every firm's accepted filings alone takes (the run would hold at least that, and
        // the snapshots and entries besides, if it collected all firms instead of streaming chunks).
        HeapAfterGc reference = HeapAfterGc.start();
        var allFilings = filings.inFirmOrder(reviewer, false)
                .collectList().block(RUN_TIMEOUT);
        long holdingAll = reference.stop();
        assertThat(allFilings).hasSize(FIRMS * 3 - FIRMS / 3);
        System.out.printf("Cycle run over %d firms: peak heap growth after GC %d MB; holding all filings %d MB%n",
                FIRMS, runPeak >> 20, holdingAll >> 20);
        // A run that collected all firms would hold all their filings and more (IP, achievements, snapshots,
        // entries); streaming, it holds two chunks of 500 firms, a tenth of them here, plus a few hundred
        // documents per sorted pass and the driver's buffers. Measured: 13 MB against 59 MB for all filings.
        assertThat(runPeak).isLessThan(holdingAll);

        Cycle again = runner.run(reviewer, YEAR, false).block(RUN_TIMEOUT);
        assertThat(again.run().processed()).isEqualTo(FIRMS);
        assertThat(entries()).as("every entry as it was, assessedAt included: nothing was written")
                .isEqualTo(first);
    }

    private Map<String, PoolEntry> entries() {
        return mongo.find(Query.query(Criteria.where("cycleYear").is(YEAR)), PoolEntry.class)
                .collectMap(PoolEntry::enterpriseId, Function.identity()).block(RUN_TIMEOUT);
    }

    /**
     * The largest growth of the used heap right after a full collection, sampled on a thread of its own
     * while the measured work runs: what the work keeps alive, not the garbage it makes.
     */
    static final class HeapAfterGc {

        private final long baseline;
        private final AtomicLong peak = new AtomicLong();
        private final Thread sampler;
        private volatile boolean running = true;

        private HeapAfterGc() {
            baseline = usedAfterGc();
            sampler = new Thread(() -> {
                while (running) {
                    peak.accumulateAndGet(usedAfterGc(), Math::max);
                    try {
                        Thread.sleep(1_000);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-after-gc");
        }

        static HeapAfterGc start() {
            HeapAfterGc heap = new HeapAfterGc();
            heap.sampler.start();
            return heap;
        }

        /** The peak growth over the baseline, including a last sample now. */
        long stop() throws InterruptedException {
            running = false;
            sampler.join();
            peak.accumulateAndGet(usedAfterGc(), Math::max);
            return Math.max(0, peak.get() - baseline);
        }

        private static long usedAfterGc() {
            System.gc();
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }
    }
}
