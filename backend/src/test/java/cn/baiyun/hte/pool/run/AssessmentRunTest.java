package cn.baiyun.hte.pool.run;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Map;

import cn.baiyun.hte.assessment.TechSmeRoute;
import cn.baiyun.hte.assessment.TierResult;
import cn.baiyun.hte.enterprise.EnterpriseProfile;
import cn.baiyun.hte.enterprise.EnterpriseService;
import cn.baiyun.hte.enterprise.LifecycleStage;
import cn.baiyun.hte.enterprise.TechSmeRegistration;
import cn.baiyun.hte.filing.portfolio.AchievementDetails;
import cn.baiyun.hte.filing.portfolio.Acquisition;
import cn.baiyun.hte.filing.portfolio.IpAssetDetails;
import cn.baiyun.hte.filing.portfolio.IpStatus;
import cn.baiyun.hte.filing.portfolio.IpType;
import cn.baiyun.hte.filing.portfolio.PortfolioService;
import cn.baiyun.hte.filing.portfolio.Transformation;
import cn.baiyun.hte.filing.portfolio.TransformationForm;
import cn.baiyun.hte.platform.web.IfMatch;
import cn.baiyun.hte.platform.audit.AuditLog;
import cn.baiyun.hte.platform.lease.Lease;
import cn.baiyun.hte.platform.lease.Leases;
import cn.baiyun.hte.pool.board.MissingData;
import cn.baiyun.hte.pool.board.PoolEntry;
import cn.baiyun.hte.pool.board.PoolEntryRepository;
import cn.baiyun.hte.pool.cycle.Cycle;
import cn.baiyun.hte.pool.cycle.CycleDates;
import cn.baiyun.hte.pool.cycle.CycleRun;
import cn.baiyun.hte.pool.cycle.CycleService;
import cn.baiyun.hte.pool.cycle.CycleStatus;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFilings;
import cn.baiyun.hte.support.TestFirms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * The 2026 cycle's run over the shared test database: a firm with three accepted years that meets
 * every condition is proposed for tier 1, a firm without filings is told what to file, a second run
 * rewrites nothing, the tech-based SME result is recorded beside the tier, and the bureau's decision survives
 * a later run.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssessmentRunTest {

    static final int YEAR = 2026;
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Autowired
    ReactiveMongoTemplate mongo;
    @Autowired
    WebTestClient web;
    @Autowired
    TestFirms firms;
    @Autowired
    TestFilings filings;
    @Autowired
    EnterpriseService enterprises;
    @Autowired
    PortfolioService portfolio;
    @Autowired
    CycleService cycles;
    @Autowired
    AssessmentRunner runner;
    @Autowired
    PoolEntryRepository entries;
    @Autowired
    AuditLog audit;
    @Autowired
    Leases leases;

    final Principals reviewer = Principals.reviewer();
    String ready;
    String empty;

    @BeforeAll
    void aReadyFirmAnEmptyFirmAndTheCycle() {
        Principals owner = Principals.firmUser("ready");
        ready = firms.approvedFirm(owner, "评价就绪科技有限公司");
        enterprises.updateProfile(owner.user(), ready, new EnterpriseProfile("评价就绪科技有限公司",
                LocalDate.of(2015, 3, 1), null, "白云区", "1.1.9", true, false, false, null, null,
                new TechSmeRegistration("202552011300456", 2025), LifecycleStage.TECH_BASED_SME, List.of()),
                IfMatch.unconditional()).block(TIMEOUT);
        filings.accepted(owner, ready, 2023, 24_000_000, 1_500_000, 80, 20);
        filings.accepted(owner, ready, 2024, 30_000_000, 1_800_000, 80, 20);
        filings.accepted(owner, ready, 2025, 36_000_000, 2_160_000, 80, 20);
        portfolio.addIpAsset(owner.user(), ready, new IpAssetDetails(IpType.INVENTION_PATENT, "ZL202110000001.1",
                "一种数据处理方法", IpStatus.GRANTED, LocalDate.of(2021, 1, 5), LocalDate.of(2023, 2, 1), null,
                Acquisition.SELF_DEVELOPED, true, false, true)).block(TIMEOUT);
        // Six achievements put into products every year: transformation band A, so the projected score passes.
        for (int i = 1; i <= 6; i++) {
            List<Transformation> everyYear = List.of(2023, 2024, 2025).stream()
                    .map(year -> new Transformation(null, year, TransformationForm.OWN_IMPLEMENTATION, "数据平台产品"))
                    .toList();
            portfolio.addAchievement(owner.user(), ready,
                    new AchievementDetails("科技成果" + i, List.of(), null, everyYear)).block(TIMEOUT);
        }
        empty = firms.approvedFirm(Principals.firmUser("empty"), "尚未填报有限公司");
        cycles.open(reviewer.user(), YEAR, null).block(TIMEOUT);
    }

    @Test
    void whileAnotherReplicaRunsTheCycleAStartIsABusyConflictAndOnceItsLeaseIsFreeTheRunGoesAhead() {
        Lease otherReplica = await().atMost(Duration.ofSeconds(30))
                .until(() -> leases.acquire(AssessmentRunner.leaseName(YEAR), Duration.ofMinutes(5)).block(TIMEOUT),
                        Objects::nonNull);

        web.mutateWith(reviewer.bearer()).post().uri("/api/v1/cycles/{y}/assessment-runs", YEAR)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of())
                .exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.detail").isEqualTo("The " + YEAR + " assessment is running: wait until it is done");

        leases.release(otherReplica).block(TIMEOUT);
        Cycle done = runner.run(reviewer.user(), YEAR, false).block(Duration.ofMinutes(1));
        assertThat(done.run().state()).isEqualTo(CycleRun.State.DONE);
        Lease free = leases.acquire(AssessmentRunner.leaseName(YEAR), Duration.ofSeconds(1)).block(TIMEOUT);
        assertThat(free).as("the run gave its lease up when it ended").isNotNull();
        leases.release(free).block(TIMEOUT);
    }

    @Test
    void theRunProposesTiersListsMissingDataAndASecondRunChangesNothing() {
        web.mutateWith(reviewer.bearer()).post().uri("/api/v1/cycles/{y}/assessment-runs", YEAR)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of())
                .exchange()
                .expectStatus().isAccepted()
                .expectBody().jsonPath("$.run.state").isEqualTo("RUNNING");
        Cycle done = awaitDone();
        assertThat(done.status()).isEqualTo(CycleStatus.ASSESSED);
        assertThat(done.run().processed()).isEqualTo(done.run().assessed() + done.run().insufficientData());

        PoolEntry readyEntry = entries.findByCycleYearAndEnterpriseId(YEAR, ready).block(TIMEOUT);
        assertThat(readyEntry.outcome()).isEqualTo(PoolEntry.Outcome.ASSESSED);
        assertThat(readyEntry.proposedTier()).isEqualTo(TierResult.TIER_1);
        assertThat(readyEntry.ruleSetVersion()).isEqualTo("2026.1");
        // 2025: S&T 20/80 = 25% → 16, R&D 2.16m / sales 36m = 6% → 50, one invention patent → 30; its 2025 entry
        // in the register still counts in 2026 (the year's round opens after the pool is adjusted)
        assertThat(readyEntry.techSme()).as("the run records the tech-based SME result beside the tier")
                .isEqualTo(new PoolEntry.TechSme(true, TechSmeRoute.SCORE, 96, true, 2025, true));
        PoolEntry emptyEntry = entries.findByCycleYearAndEnterpriseId(YEAR, empty).block(TIMEOUT);
        assertThat(emptyEntry.outcome()).isEqualTo(PoolEntry.Outcome.INSUFFICIENT_DATA);
        assertThat(emptyEntry.missing()).contains(new MissingData("registrationDate", null),
                new MissingData("technicalField", null));
        assertThat(emptyEntry.techSme()).as("no 2025 figures, no tech-SME result").isNull();

        runner.run(reviewer.user(), YEAR, false).block(Duration.ofMinutes(2));
        assertThat(entries.findByCycleYearAndEnterpriseId(YEAR, ready).block(TIMEOUT)).isEqualTo(readyEntry);

        decide(Map.of("tier", "TIER_2")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
        decide(Map.of("tier", "TIER_2", "reason", "研发费用归集口径待专项审计确认"))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.decision.tier").isEqualTo("TIER_2")
                .jsonPath("$.proposedTier").isEqualTo("TIER_1");
        runner.run(reviewer.user(), YEAR, false).block(Duration.ofMinutes(2));
        assertThat(entries.findByCycleYearAndEnterpriseId(YEAR, ready).block(TIMEOUT).decision().tier())
                .as("a rerun keeps the bureau's decision").isEqualTo(TierResult.TIER_2);
        assertThat(audit.ofEnterprise(ready, 1).blockFirst(TIMEOUT).reason()).isEqualTo("研发费用归集口径待专项审计确认");

        web.mutateWith(reviewer.bearer()).get()
                .uri(b -> b.path("/api/v1/cycles/{y}/entries").queryParam("proposedTier", "TIER_1").build(YEAR))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items[?(@.enterpriseId == '" + ready + "')].firmName")
                .isEqualTo("评价就绪科技有限公司");
        String board = web.mutateWith(reviewer.session()).get().uri("/reviewer/cycles/{y}?proposedTier=TIER_1&lang=en", YEAR)
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(board).contains("Done", "评价就绪科技有限公司", "Tier 1 (apply this year)")
                .doesNotContain("尚未填报有限公司");

        String refused = web.mutateWith(reviewer.session()).mutateWith(csrf()).post()
                .uri("/reviewer/cycles/{y}/entries/{f}/decision", YEAR, ready)
                .body(BodyInserters.fromFormData("tier", "TIER_3").with("reason", ""))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(refused).as("the firm's entry page, whatever page of the board the firm is on")
                .contains("评价就绪科技有限公司", "调整建议梯队时必须说明理由", "href=\"#f-reason\"", "id=\"f-reason\"");
        web.mutateWith(reviewer.session()).mutateWith(csrf()).post()
                .uri("/reviewer/cycles/{y}/entries/{f}/decision", YEAR, ready)
                .body(BodyInserters.fromFormData("tier", "TIER_1").with("reason", ""))
                .exchange().expectStatus().isSeeOther()
                .expectHeader().valueEquals("Location", "/reviewer/cycles/" + YEAR + "/entries/" + ready + "?decided");
        assertThat(entries.findByCycleYearAndEnterpriseId(YEAR, ready).block(TIMEOUT).decision().tier())
                .as("confirming the proposal needs no reason").isEqualTo(TierResult.TIER_1);
    }

    @Test
    void aRunNeverTakesBackAStatusTheBureauMovedOnMeanwhile() {
        int year = 2023;
        cycles.open(reviewer.user(), year, CycleDates.defaultsFor(year)).block(TIMEOUT);
        mongo.updateFirst(Query.query(Criteria.where("year").is(year)),
                new Update().set("status", CycleStatus.RECOMMENDED.name()), Cycle.class).block(TIMEOUT);

        Cycle done = runner.run(reviewer.user(), year, false).block(Duration.ofMinutes(2));

        assertThat(done.run().state()).isEqualTo(CycleRun.State.DONE);
        assertThat(done.status()).isEqualTo(CycleStatus.RECOMMENDED);
    }

    private WebTestClient.ResponseSpec decide(Map<String, Object> decision) {
        return web.mutateWith(reviewer.bearer()).post()
                .uri("/api/v1/cycles/{y}/entries/{firm}/decision", YEAR, ready)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(decision).exchange();
    }

    private Cycle awaitDone() {
        return await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                .until(() -> cycles.find(reviewer.user(), YEAR).block(TIMEOUT),
                        cycle -> cycle.run() != null && cycle.run().state() == CycleRun.State.DONE);
    }
}
