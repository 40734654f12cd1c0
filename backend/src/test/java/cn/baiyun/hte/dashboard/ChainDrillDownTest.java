package cn.baiyun.hte.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.baiyun.hte.chain.ChainBreakdown;
import cn.baiyun.hte.chain.ChainColumn;
import cn.baiyun.hte.chain.ChainFixtures;
import cn.baiyun.hte.chain.FirmFlag;
import cn.baiyun.hte.chain.IndustryChain;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every figure of the breakdown by industry chain and cluster leads to exactly the firms it counts: through the
 * API for every line and column the dashboard shows (whatever other tests tagged), and on the page for a cluster
 * of two chains tagged here; only reviewers follow them.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChainDrillDownTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() { };

    @Autowired
    WebTestClient web;
    @Autowired
    ChainFixtures fixtures;

    final Principals reviewer = Principals.reviewer();
    String cluster;
    IndustryChain first;
    IndustryChain second;
    String validHte;
    String expiredHte;
    String leader;
    String listedElsewhere;

    @BeforeAll
    void tagFirms() {
        cluster = ChainFixtures.unique("下钻集群");
        first = fixtures.chain(cluster);
        second = fixtures.chain(cluster);
        validHte = fixtures.firm(fixtures.today().minusYears(1));
        expiredHte = fixtures.firm(fixtures.today().minusYears(3));
        leader = fixtures.firm(null);
        listedElsewhere = fixtures.firm(fixtures.today().minusMonths(2));
        fixtures.tag(validHte, first, FirmFlag.LISTING_CANDIDATE);
        fixtures.tag(expiredHte, first);
        fixtures.tag(leader, first, FirmFlag.LEADING, FirmFlag.LISTED);
        fixtures.tag(listedElsewhere, second, FirmFlag.LISTED);
        fixtures.tag(fixtures.firm(null), null, FirmFlag.LEADING);
    }

    @Test
    void eachChainsAndClustersFigureListsTheFirmsItCounts() {
        Map<String, Object> breakdown = map(dashboard().get("chains"));
        List<Map<String, Object>> chains = list(breakdown.get("chains"));
        List<Map<String, Object>> clusters = list(breakdown.get("clusters"));
        assertThat(chains).extracting(line -> line.get("chain") == null ? null : map(line.get("chain")).get("id"))
                .contains(first.id(), second.id(), null);
        for (Map<String, Object> line : chains) {
            String group = line.get("chain") == null ? ChainBreakdown.UNCHAINED : (String) map(line.get("chain")).get("id");
            everyColumnListsItsFirms("CHAIN", group, line);
        }
        for (Map<String, Object> line : clusters) {
            everyColumnListsItsFirms("CLUSTER", (String) line.get("clusterZh"), line);
        }
    }

    @Test
    void theFirmsComeAPageAtATimeInIdOrder() {
        List<String> firms = drilled("CLUSTER", cluster, "FIRMS", 1);

        assertThat(firms).containsExactlyElementsOf(
                List.of(validHte, expiredHte, leader, listedElsewhere).stream().sorted().toList());
        assertThat(drilled("CHAIN", first.id(), "HTE", 1)).containsExactly(validHte);
        assertThat(drilled("CLUSTER", cluster, "LISTED", 1)).containsExactlyInAnyOrder(leader, listedElsewhere);
    }

    @Test
    void theDashboardPageLinksEachFigureToAListOfAsManyFirms() {
        Document dashboard = page(reviewer, "/dashboard");
        Element row = rowNamed(dashboard, "#chains-table", first.nameZh());
        List<Element> links = row.select("td a");
        assertThat(links).hasSize(ChainColumn.values().length);
        assertThat(links).extracting(Element::text).containsExactly("3", "1", "1", "1", "1");
        for (Element link : links) {
            Document firms = page(reviewer, link.attr("href"));
            assertThat(firms.select("#drill-firms tbody tr")).hasSize(Integer.parseInt(link.text()));
            assertThat(firms.select("h1").text()).contains(first.nameZh());
        }
        Element clusterRow = rowNamed(dashboard, "#clusters-table", cluster);
        Document clusterHte = page(reviewer, clusterRow.select("td a").get(1).attr("href"));
        assertThat(clusterHte.select("h1").text()).isEqualTo("产业集群“" + cluster + "”中的有效高新技术企业");
        assertThat(clusterHte.select("#drill-firms tbody tr")).hasSize(2);
    }

    @Test
    void departmentOfficersReadTheFiguresWithoutLinks() {
        Document dashboard = page(Principals.department("工信局"), "/dashboard");

        Element row = rowNamed(dashboard, "#chains-table", first.nameZh());
        assertThat(row.select("td")).extracting(Element::text).containsExactly("3", "1", "1", "1", "1");
        assertThat(dashboard.select("#chains-table a, #clusters-table a")).isEmpty();
    }

    @Test
    void aChainOrColumnTheBreakdownDoesNotShowIsABadRequestAndSaidOnThePage() {
        web.mutateWith(reviewer.bearer()).get().uri("/api/v1/dashboard/firms?metric=CHAIN&group=0123456789abcdef01234567")
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("group");
        web.mutateWith(reviewer.bearer()).get().uri("/api/v1/dashboard/firms?metric=CLUSTER&group={c}&column=NOPE", cluster)
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("column");
        web.mutateWith(reviewer.bearer()).get().uri("/api/v1/dashboard/firms?metric=CHAIN")
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("group");

        Document shown = page(reviewer, "/dashboard/firms?metric=CHAIN&group=0123456789abcdef01234567");
        assertThat(shown.text()).contains("看板上没有这个产业链或产业集群。");
        assertThat(shown.select("#drill-firms")).isEmpty();
    }

    private void everyColumnListsItsFirms(String metric, String group, Map<String, Object> line) {
        for (ChainColumn column : ChainColumn.values()) {
            Map<String, Object> figure = map(switch (column) {
                case FIRMS -> line.get("firms");
                case HTE -> line.get("hte");
                default -> map(line.get("flags")).get(column.flag().name());
            });
            List<String> drilled = drilled(metric, group, column.name(), 200);
            assertThat(drilled).as("%s %s %s", metric, group, column)
                    .hasSize(((Number) figure.get("count")).intValue())
                    .containsExactlyElementsOf(strings(figure.get("enterpriseIds")));
        }
    }

    /** All the firms' ids behind a figure, following {@code next} page by page. */
    private List<String> drilled(String metric, String group, String column, int limit) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            String uri = UriComponentsBuilder.fromPath("/api/v1/dashboard/firms").queryParam("metric", metric)
                    .queryParam("group", group).queryParam("column", column).queryParam("limit", limit)
                    .queryParamIfPresent("cursor", java.util.Optional.ofNullable(cursor)).encode().build().toUriString();
            Map<String, Object> page = web.mutateWith(reviewer.bearer()).get().uri(java.net.URI.create(uri)).exchange()
                    .expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
            List<Map<String, Object>> rows = list(page.get("rows"));
            assertThat(rows.size()).isLessThanOrEqualTo(limit);
            rows.forEach(row -> ids.add((String) row.get("enterpriseId")));
            cursor = (String) page.get("next");
        } while (cursor != null);
        return ids;
    }

    private Map<String, Object> dashboard() {
        return web.mutateWith(reviewer.bearer()).get().uri("/api/v1/dashboard").exchange().expectStatus().isOk()
                .expectBody(JSON).returnResult().getResponseBody();
    }

    private Document page(Principals who, String uri) {
        String body = web.mutateWith(who.session()).get().uri(java.net.URI.create(uri)).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        return Jsoup.parse(body);
    }

    private static Element rowNamed(Document page, String table, String name) {
        return page.select(table + " tbody tr").stream()
                .filter(row -> row.selectFirst("th").text().equals(name)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return (List<String>) value;
    }
}
