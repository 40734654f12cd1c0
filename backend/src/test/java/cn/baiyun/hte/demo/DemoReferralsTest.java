package cn.baiyun.hte.demo;

import java.time.Duration;
import java.util.List;

import cn.baiyun.hte.support.Principals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's referral follow-up (same context as {@link DemoDataTest}): referred firms in the pool with their
 * published tier, some contacted, one declined with its reason; 工信局's imported list with its report; and the
 * joint meeting's count listing the departments.
 */
@SpringBootTest(properties = "hte.demo-data.enabled=true")
@AutoConfigureWebTestClient
@ActiveProfiles("test")
class DemoReferralsTest {

    @Autowired
    WebTestClient web;

    @Test
    void referralsShowEveryStatusAndTheDeclineReason() {
        web.mutateWith(Principals.reviewer().bearer()).get().uri("/api/v1/referrals?limit=100").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.status == 'IN_POOL')].tier").value(tiers ->
                        assertThat((List<Object>) tiers).isNotEmpty().allSatisfy(tier -> assertThat(tier).isNotNull()))
                .jsonPath("$.items[?(@.status == 'CONTACTED')]").value(contacted ->
                        assertThat((List<Object>) contacted).hasSizeGreaterThanOrEqualTo(DemoReferrals.CONTACTED))
                .jsonPath("$.items[?(@.status == 'DECLINED')].declineReason")
                .isEqualTo(List.of(DemoReferrals.DECLINE_REASON))
                .jsonPath("$.items[?(@.status == 'RECEIVED')]").isNotEmpty();
    }

    @Test
    void theIndustryBureausImportReportsItsDuplicateAndItsRowsInError() {
        String page = awaitFinishedImportPage();
        assertThat(page).contains(DemoReferrals.IMPORT_FILE).contains("A 列（统一社会信用代码）")
                .contains("B 列（企业名称）").contains("本部门已推荐过该企业");
        String counts = web.mutateWith(Principals.reviewer().session()).get().uri("/referrals/counts").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(counts).contains("工信局", "大数据局", "发改局", "合计");
    }

    /** The import runs in the background after the seed: its page, once it says the import finished. */
    private String awaitFinishedImportPage() {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String page = "";
        while (System.nanoTime() < deadline) {
            String list = web.mutateWith(Principals.department("工信局").session()).get().uri("/referrals/imports")
                    .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
            int at = list.indexOf("/referrals/imports/");
            if (at >= 0) {
                String path = list.substring(at, list.indexOf('"', at));
                page = web.mutateWith(Principals.department("工信局").session()).get().uri(path).exchange()
                        .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
                if (page.contains("已完成")) {
                    return page;
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return page;
    }
}
