package cn.baiyun.hte.subsidy;

import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A year's subsidy page names its year and the years around it as years (2026), not as counts (2,026). */
@PortalIntegrationTest
class SubsidyYearShownTest {

    @Autowired
    WebTestClient web;

    @Test
    void theYearIsWrittenWithoutAThousandsSeparatorInChineseAndEnglish() {
        String zh = page("/reviewer/subsidies?year=2026");
        assertThat(zh).contains("<title>2026 年度高企补助").contains(">2025 年</a>").contains(">2027 年</a>")
                .doesNotContain("2,026").doesNotContain("2,025");
        String en = page("/reviewer/subsidies?year=2026&lang=en");
        assertThat(en).contains("HTE subsidies 2026").contains(">2027</a>").doesNotContain("2,026");
    }

    private String page(String path) {
        return web.mutateWith(Principals.reviewer().session()).get().uri(path).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }
}
