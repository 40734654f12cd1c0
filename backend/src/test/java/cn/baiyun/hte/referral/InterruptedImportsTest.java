package cn.baiyun.hte.referral;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFirms;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An import cut off by a restart (left RUNNING, its heartbeat no longer moving) is shown failed with that reason
 * in the officer's language and stops asking the page to refresh; the officer uploads the list again and the
 * rows imported before the restart show as duplicates. An import that still beats is left alone.
 */
@PortalIntegrationTest
class InterruptedImportsTest {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Autowired
    InterruptedImports interrupted;
    @Autowired
    ReferralImports imports;
    @Autowired
    ReferralService referrals;
    @Autowired
    ReactiveMongoTemplate mongo;
    @Autowired
    WebTestClient web;

    final String department = "商促局-" + UUID.randomUUID().toString().substring(0, 8);
    final Principals officer = Principals.department(department);

    @Test
    void anImportCutOffByARestartIsShownFailedAndTheListCanBeUploadedAgain() {
        String importedBefore = TestFirms.newUscc();
        String notReached = TestFirms.newUscc();
        referrals.refer(officer.user(), new ReferralRequest(importedBefore, "重启前已导入公司", null, null)).block(TIMEOUT);
        Instant lastBeat = Instant.now().minus(Duration.ofMinutes(11));
        ReferralImport cutOff = mongo.insert(new ReferralImport(null, department, officer.user().id(), "名单.csv",
                ReferralImport.Format.CSV, ReferralImport.State.RUNNING, 1, 1, 0, 0, List.of(), 0, null,
                lastBeat.minusSeconds(30), null, lastBeat)).block(TIMEOUT);

        assertThat(interrupted.failStale(Instant.now()).block(TIMEOUT)).isPositive();

        ReferralImport failed = imports.find(officer.user(), cutOff.id()).block(TIMEOUT);
        assertThat(failed.state()).isEqualTo(ReferralImport.State.FAILED);
        assertThat(failed.failure()).isEqualTo(InterruptedImports.REASON);
        assertThat(failed.finishedAt()).isNotNull();
        String page = page("/referrals/imports/" + cutOff.id());
        assertThat(page).contains("未完成", "导入因平台重启而中断", "请重新上传同一文件")
                .doesNotContain("刷新进度", "referral.import.interrupted");
        assertThat(page("/referrals/imports/" + cutOff.id() + "?lang=en"))
                .contains("The import was cut off by a restart of the portal");
        // The list reads as cards on a phone: each cell names its column.
        assertThat(page("/referrals/imports")).contains("未完成", "class=\"stacked\"", "data-label=\"有错误\"")
                .doesNotContain("正在导入");

        String csv = "统一社会信用代码,企业名称,推荐理由,联系人\r\n" + importedBefore + ",重启前已导入公司,,\r\n"
                + notReached + ",重启时未导入公司,,\r\n";
        ReferralImport again = imports.start(officer.user(), "名单.csv", Flux.just(DefaultDataBufferFactory
                .sharedInstance.wrap(csv.getBytes(StandardCharsets.UTF_8)))).block(TIMEOUT);
        ReferralImport finished = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> imports.find(officer.user(), again.id()).block(TIMEOUT),
                        job -> job.state() != ReferralImport.State.RUNNING);
        assertThat(List.of(finished.state(), finished.accepted(), finished.duplicates()))
                .containsExactly(ReferralImport.State.FINISHED, 1L, 1L);
        assertThat(finished.heartbeatAt()).isAfter(finished.startedAt().minusMillis(1));
    }

    @Test
    void anImportThatStillBeatsIsLeftRunning() {
        ReferralImport beating = mongo.insert(ReferralImport.started(department, officer.user().id(), "名单.xlsx",
                ReferralImport.Format.XLSX, Instant.now().minus(Duration.ofHours(1)))).block(TIMEOUT);
        mongo.save(new ReferralImport(beating.id(), department, beating.startedBy(), beating.fileName(),
                beating.format(), beating.state(), 5000, 5000, 0, 0, List.of(), 0, null, beating.startedAt(), null,
                Instant.now().minus(Duration.ofMinutes(4)))).block(TIMEOUT);

        interrupted.failStale(Instant.now()).block(TIMEOUT);

        assertThat(imports.find(officer.user(), beating.id()).block(TIMEOUT).state())
                .isEqualTo(ReferralImport.State.RUNNING);
    }

    private String page(String path) {
        return web.mutateWith(officer.session()).get().uri(path).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }
}
