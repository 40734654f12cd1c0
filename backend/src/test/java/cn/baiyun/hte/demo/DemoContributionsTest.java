package cn.baiyun.hte.demo;

import java.util.List;
import java.util.Map;

import cn.baiyun.hte.support.Principals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's recognised firms behind the dashboard's breakdowns (same context as {@link DemoDataTest}): every
 * referring department has at least one recognised firm, and so has every industry chain the dashboard shows;
 * the firm list behind a department's "recognised" figure names the firm it referred.
 */
@SpringBootTest(properties = "hte.demo-data.enabled=true")
@AutoConfigureWebTestClient
@ActiveProfiles("test")
class DemoContributionsTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() { };

    @Autowired
    WebTestClient web;

    @Test
    void everyReferringDepartmentAndEveryChainHasARecognisedFirm() {
        Map<String, Object> dashboard = json("/api/v1/dashboard");

        List<Map<String, Object>> departments = list(dashboard.get("departments"));
        assertThat(departments).extracting(d -> d.get("department"))
                .containsAll(DemoPoolFirm.all().stream().map(DemoPoolFirm::department)
                        .filter(java.util.Objects::nonNull).distinct().toList());
        assertThat(departments).allSatisfy(d -> assertThat(((Number) d.get("recognised")).intValue())
                .as("recognised firms referred by %s", d.get("department")).isPositive());
        List<Map<String, Object>> chains = list(map(dashboard.get("chains")).get("chains"));
        assertThat(chains).filteredOn(line -> line.get("chain") != null).isNotEmpty()
                .allSatisfy(line -> assertThat(((Number) map(line.get("hte")).get("count")).intValue())
                        .as("HTEs of %s", map(line.get("chain")).get("nameZh")).isPositive());

        String drilled = web.mutateWith(Principals.reviewer().session()).get()
                .uri("/dashboard/firms?metric=DEPARTMENT&department=大数据局&column=RECOGNISED").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(drilled).contains("大数据局 推荐、已认定高企").contains("贵阳");
    }

    private Map<String, Object> json(String uri) {
        return web.mutateWith(Principals.reviewer().bearer()).get().uri(uri).exchange().expectStatus().isOk()
                .expectBody(JSON).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }
}
