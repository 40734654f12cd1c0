package cn.baiyun.hte.demo;

import java.time.LocalDate;

import cn.baiyun.hte.platform.time.ClockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo announcements and policies, in the demo database: what a visitor reads, newest first, with a
 * deadline dated before the coming 30 April and PDFs that download, and the drafts nobody but reviewers sees.
 */
@SpringBootTest(properties = "hte.demo-data.enabled=true")
@AutoConfigureWebTestClient
@ActiveProfiles("test")
class DemoPublicationsTest {

    @Autowired
    WebTestClient web;

    @Test
    void visitorsReadFourAnnouncementsTheRoadshowCallFirstAndNoDraft() {
        LocalDate adjustment = DemoPublications.nextAprilThirtieth(LocalDate.now(ClockConfiguration.ZONE));
        web.get().uri("/api/v1/announcements").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(4)
                .jsonPath("$.items[0].category").isEqualTo("EVENT_CALL")
                .jsonPath("$.items[*].category").value(categories -> assertThat(categories.toString())
                        .contains("FILING_WINDOW", "DEADLINE", "GOOD_PRACTICE"))
                .jsonPath("$.items[?(@.category == 'DEADLINE')].bodyZh").value(body -> assertThat(body.toString())
                        .contains(adjustment.toString()));
        web.get().uri("/announcements").exchange().expectStatus().isOk().expectBody(String.class)
                .value(page -> assertThat(page).contains("关于征集科技金融项目路演企业的通知").doesNotContain("草稿"));
    }

    @Test
    void visitorsReadThreePoliciesWhosePdfsDownloadAndNoDraft() {
        String id = web.get().uri("/api/v1/policies?tag=加计扣除").exchange().expectStatus().isOk().expectBody(String.class)
                .returnResult().getResponseBody().replaceAll("(?s).*?\"id\":\"([0-9a-f]{24})\".*", "$1");
        web.get().uri("/api/v1/policies").exchange().expectBody().jsonPath("$.items.length()").isEqualTo(3);
        byte[] pdf = web.get().uri("/policies/{id}/document", id).exchange().expectStatus().isOk()
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void theHomePageShowsTheLatestThree() {
        web.get().uri("/").exchange().expectStatus().isOk().expectBody(String.class).value(page ->
                assertThat(page).contains("最新通知公告").contains("关于征集科技金融项目路演企业的通知"));
    }
}
