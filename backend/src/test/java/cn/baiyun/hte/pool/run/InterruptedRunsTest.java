package cn.baiyun.hte.pool.run;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import cn.baiyun.hte.platform.lease.Lease;
import cn.baiyun.hte.pool.cycle.Cycle;
import cn.baiyun.hte.pool.cycle.CycleRun;
import cn.baiyun.hte.pool.cycle.CycleService;
import cn.baiyun.hte.pool.cycle.TestCycles;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A run whose process died mid-way (its cycle left showing RUNNING, its heartbeat and lease left to go
 * stale) is shown interrupted, to the reviewer in words, and starting it again finishes it; a run that
 * still reports is left alone.
 */
@PortalIntegrationTest
class InterruptedRunsTest {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Autowired
    ReactiveMongoTemplate mongo;
    @Autowired
    WebTestClient web;
    @Autowired
    CycleService cycles;
    @Autowired
    AssessmentRunner runner;
    @Autowired
    InterruptedRuns interrupted;
    @Autowired
    TestCycles testCycles;

    final Principals reviewer = Principals.reviewer();

    @Test
    void aRunThatStoppedReportingIsShownInterruptedAndRunningAgainFinishesIt() {
        int year = 2071;
        Instant lastHeartbeat = Instant.now().minus(runner.staleAfter()).minusSeconds(60);
        killedMidRun(year, lastHeartbeat);

        assertThat(interrupted.markStale(Instant.now()).block(TIMEOUT)).isPositive();

        assertThat(cycles.find(reviewer.user(), year).block(TIMEOUT).run().state())
                .isEqualTo(CycleRun.State.INTERRUPTED);
        String page = web.mutateWith(reviewer.session()).get().uri("/reviewer/cycles/{y}", year).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("已中断", "评价未完成即已中断", "评价全部企业").doesNotContain("INTERRUPTED");
        String english = web.mutateWith(reviewer.session()).get().uri("/reviewer/cycles/{y}?lang=en", year).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(english).contains("Interrupted", "The assessment stopped before it was done");

        web.mutateWith(reviewer.bearer()).post().uri("/api/v1/cycles/{y}/assessment-runs", year)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of())
                .exchange()
                .expectStatus().isAccepted();
        Cycle done = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                .until(() -> cycles.find(reviewer.user(), year).block(TIMEOUT),
                        cycle -> cycle.run().state() == CycleRun.State.DONE);
        assertThat(done.run().startedAt()).isAfter(lastHeartbeat);
    }

    @Test
    void aRunThatStillReportsStaysRunning() {
        int year = 2072;
        killedMidRun(year, Instant.now());

        interrupted.markStale(Instant.now()).block(TIMEOUT);

        assertThat(cycles.find(reviewer.user(), year).block(TIMEOUT).run().state()).isEqualTo(CycleRun.State.RUNNING);
    }

    /** What a process killed mid-run leaves: the cycle showing its run, and the run's lease until it expires. */
    private void killedMidRun(int year, Instant lastHeartbeat) {
        testCycles.open(year).block(TIMEOUT);
        CycleRun running = new CycleRun(CycleRun.State.RUNNING, false, 500, 0, 0, lastHeartbeat.minusSeconds(5),
                lastHeartbeat, null, null);
        mongo.updateFirst(Query.query(Criteria.where("year").is(year)), new Update().set("run", running), Cycle.class)
                .block(TIMEOUT);
        mongo.save(new Lease(AssessmentRunner.leaseName(year), "killed-replica/1", lastHeartbeat.minusSeconds(5),
                lastHeartbeat.plus(runner.staleAfter()))).block(TIMEOUT);
    }
}
