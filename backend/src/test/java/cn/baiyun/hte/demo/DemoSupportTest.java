package cn.baiyun.hte.demo;

import java.time.LocalDate;
import java.time.ZoneId;

import cn.baiyun.hte.support.Principals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's chains, relocation and subsidies (same context as {@link DemoDataTest}): tagged firms with 工信局's
 * among the taggers, the relocated firm with one overdue and one coming milestone, and this year's schedule.
 */
@SpringBootTest(properties = "hte.demo-data.enabled=true")
@AutoConfigureWebTestClient
@ActiveProfiles("test")
class DemoSupportTest {

    @Autowired
    WebTestClient web;

    @Test
    void theDemoHasTaggedFirmsAnOverdueMilestoneAndThisYearsSchedule() {
        String firms = page("/chains/firms", Principals.department("工信局"));
        assertThat(firms).contains("贵阳白云智造科技有限公司").contains("龙头企业").contains("拟上市企业")
                .contains("高端装备制造");

        String list = page("/reviewer/relocations", Principals.reviewer());
        assertThat(list).contains(DemoSupport.RELOCATED_NAME).contains("逾期 1 个");

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        int year = today.getYear();
        // The firm moved in six weeks ago: this year's, unless the year is younger than that.
        int arrivedThisYear = today.minusWeeks(6).getYear() == year ? 1 : 0;
        web.mutateWith(Principals.reviewer().bearer()).get().uri("/api/v1/subsidies/{year}", year).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.events.length()").isEqualTo(4)
                .jsonPath("$.events[?(@.event == 'RELOCATION')].committedFirms").isEqualTo(java.util.List.of(arrivedThisYear))
                .jsonPath("$.events[?(@.event == 'RELOCATION')].rate.amount").isEqualTo(java.util.List.of(500000));
    }

    private String page(String path, Principals who) {
        return web.mutateWith(who.session()).get().uri(path).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }
}
