package cn.baiyun.hte.dashboard;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.baiyun.hte.enterprise.Enterprise;
import cn.baiyun.hte.enterprise.LifecycleStage;
import cn.baiyun.hte.referral.Referral;
import cn.baiyun.hte.referral.ReferralStatus;
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
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two firm lists the walk of the dashboard found wanting: the certificates ending in a year come in the order
 * they end (then by name), a page at a time without repeating or skipping a firm; and every figure of the table
 * by referring department (referred, in the pool, by tier, recognised) leads to exactly the firms it counts,
 * through the API and on the page (reviewers only).
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DrillListsTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() { };
    /** Certificates ending in this year are the fixture's alone (issued 2085). */
    private static final int YEAR = 2088;

    @Autowired
    WebTestClient web;
    @Autowired
    ReactiveMongoTemplate mongo;

    final Principals reviewer = Principals.reviewer();
    final String marker = "到期" + Long.toString(System.nanoTime(), 36);
    final String department = "下钻局" + Long.toString(System.nanoTime(), 36);
    /** The fixture's expiring firms' ids in the order the list must show them. */
    List<String> expiringInOrder;
    final Map<String, String> referred = new LinkedHashMap<>();

    @BeforeAll
    void fixture() {
        DashboardFixture fixture = new DashboardFixture(mongo);
        // Issued on these days, the certificates end in 2088 (辛's ends on 2087-12-31, 壬's on 2089-01-01). The two
        // firms named 丁, issued on the same day, come in id order.
        List<Map.Entry<String, LocalDate>> issued = List.of(Map.entry("甲", LocalDate.of(2085, 6, 1)),
                Map.entry("乙", LocalDate.of(2085, 3, 1)), Map.entry("丙", LocalDate.of(2085, 3, 1)),
                Map.entry("丁", LocalDate.of(2085, 3, 1)), Map.entry("丁", LocalDate.of(2085, 3, 1)),
                Map.entry("戊", LocalDate.of(2085, 12, 31)), Map.entry("己", LocalDate.of(2085, 1, 2)),
                Map.entry("庚", LocalDate.of(2086, 1, 1)), Map.entry("辛", LocalDate.of(2085, 1, 1)),
                Map.entry("壬", LocalDate.of(2086, 1, 2)));
        issued.forEach(firm -> fixture.firm(marker + firm.getKey(), "1.1.9", firm.getValue(), true, null, null, null,
                LifecycleStage.HIGH_TECH_ENTERPRISE));
        fixture.store();
        List<Enterprise> ending = mongo.find(Query.query(Criteria.where("profile.name").regex("^" + marker)), Enterprise.class)
                .collectList().block(DashboardFixture.TIMEOUT);
        expiringInOrder = ending.stream()
                .filter(firm -> firm.profile().hteCertificate().validUntil().getYear() == YEAR)
                .sorted(Comparator.comparing((Enterprise firm) -> firm.profile().hteCertificate().validUntil())
                        .thenComparing(Enterprise::name).thenComparing(Enterprise::id))
                .map(Enterprise::id).toList();

        // A department's four referrals: recognised (a valid certificate), in the pool as tier 1 and as tier 2,
        // and only received.
        LocalDate today = LocalDate.now();
        for (String role : List.of("recognised", "tier1", "tier2", "received")) {
            referred.put(role, fixture.firm(department + role, "1.1.9",
                    role.equals("recognised") ? today.minusYears(1) : null, false, null, null, null,
                    LifecycleStage.REGISTERED_FIRM));
        }
        fixture.store();
        referred.forEach((role, id) -> {
            String uscc = mongo.findById(id, Enterprise.class).block(DashboardFixture.TIMEOUT).uscc();
            web.mutateWith(Principals.department(department).bearer()).post().uri("/api/v1/referrals")
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("uscc", uscc, "firmName", department + role, "note", "下钻"))
                    .exchange().expectStatus().isCreated();
        });
        inPool(referred.get("tier1"), 1);
        inPool(referred.get("tier2"), 2);
    }

    @Test
    void theExpiringCertificatesComeInTheOrderTheyEndAPageAtATime() {
        List<Map<String, Object>> rows = drilled("metric=EXPIRING&year=" + YEAR, 2);

        assertThat(rows).extracting(row -> (String) row.get("enterpriseId")).doesNotHaveDuplicates()
                .filteredOn(expiringInOrder::contains).containsExactlyElementsOf(expiringInOrder);
        assertThat(rows).extracting(row -> (String) row.get("name")).filteredOn(name -> name.startsWith(marker))
                .containsExactly(marker + "己", marker + "丁", marker + "丁", marker + "丙", marker + "乙",
                        marker + "甲", marker + "戊", marker + "庚");
        assertThat(rows).extracting(row -> LocalDate.parse((String) row.get("certificateValidUntil")))
                .isSortedAccordingTo(Comparator.naturalOrder())
                .allSatisfy(day -> assertThat(day.getYear()).isEqualTo(YEAR));
        // The list holds the number the dashboard shows for the year.
        Map<String, Object> dashboard = json("/api/v1/dashboard?date=" + YEAR + "-06-01");
        assertThat(list(dashboard.get("expiring"))).filteredOn(e -> e.get("year").equals(YEAR))
                .singleElement().satisfies(e -> assertThat(e.get("certificates")).isEqualTo(rows.size()));
    }

    @Test
    void theExpiringListPageShowsTheEndDatesInOrder() {
        Document page = page(reviewer, "/dashboard/firms?metric=EXPIRING&year=" + YEAR);

        assertThat(page.select("#drill-firms tbody tr td.date")).extracting(Element::text)
                .isSortedAccordingTo(Comparator.naturalOrder()).contains("2088-01-01", "2088-12-30", "2088-12-31");
    }

    @Test
    void aCursorOutsideTheListIsABadRequest() {
        web.mutateWith(reviewer.bearer()).get()
                .uri("/api/v1/dashboard/firms?metric=EXPIRING&year={y}&cursor={c}", YEAR + 1, expiringInOrder.get(0))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("cursor");
    }

    @Test
    void eachDepartmentsFigureListsTheFirmsItCounts() {
        // The fixture's department only: other tests' referrals in the shared database may name firms they never
        // stored (a referral through the portal always stores its firm), and going through every department made this
        // test take minutes.
        List<Map<String, Object>> lines = list(json("/api/v1/dashboard").get("departments")).stream()
                .filter(line -> department.equals(line.get("department"))).toList();
        assertThat(lines).hasSize(1);
        for (Map<String, Object> line : lines) {
            for (DepartmentColumn column : DepartmentColumn.values()) {
                List<Map<String, Object>> firms = drilled(query((String) line.get("department"), column), 200);
                assertThat(firms).as("%s %s", line.get("department"), column)
                        .hasSize(((Number) line.get(key(column))).intValue());
            }
        }
        assertThat(ids(DepartmentColumn.REFERRED, 1)).containsExactlyElementsOf(referred.values().stream().sorted().toList());
        assertThat(ids(DepartmentColumn.IN_POOL, 1)).containsExactlyInAnyOrder(referred.get("tier1"), referred.get("tier2"));
        assertThat(ids(DepartmentColumn.TIER_1, 5)).containsExactly(referred.get("tier1"));
        assertThat(ids(DepartmentColumn.TIER_2, 5)).containsExactly(referred.get("tier2"));
        assertThat(ids(DepartmentColumn.TIER_3, 5)).isEmpty();
        assertThat(ids(DepartmentColumn.RECOGNISED, 5)).containsExactly(referred.get("recognised"));
    }

    @Test
    void theDepartmentTableLinksEachFigureToAListOfAsManyFirms() {
        Document dashboard = page(reviewer, "/dashboard");
        Element row = dashboard.select("#departments-table tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().equals(department)).findFirst().orElseThrow();
        List<Element> links = row.select("td a");

        assertThat(links).extracting(Element::text).containsExactly("4", "2", "1", "1", "0", "1");
        for (Element link : links) {
            Document firms = page(reviewer, link.attr("href"));
            assertThat(firms.select("#drill-firms tbody tr")).hasSize(Integer.parseInt(link.text()));
            assertThat(firms.select("h1").text()).startsWith(department + " 推荐");
        }
        assertThat(page(reviewer, links.get(2).attr("href")).select("h1").text())
                .isEqualTo(department + " 推荐、入库为第一梯队的企业");
    }

    @Test
    void departmentOfficersSeeNoDepartmentsTableAndNoLists() {
        Document dashboard = page(Principals.department(department), "/dashboard");

        assertThat(dashboard.select("#departments-table")).isEmpty();
        web.mutateWith(Principals.department(department).session()).get()
                .uri(URI.create(UriComponentsBuilder.fromPath("/dashboard/firms").query(query(department,
                        DepartmentColumn.IN_POOL)).encode().build().toUriString()))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void aDepartmentColumnThatIsNotOneIsABadRequestAndSaidOnThePage() {
        web.mutateWith(reviewer.bearer()).get()
                .uri("/api/v1/dashboard/firms?metric=DEPARTMENT&department={d}&column=HTE", department)
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("column");
        Document shown = page(reviewer, UriComponentsBuilder.fromPath("/dashboard/firms").queryParam("metric", "DEPARTMENT")
                .queryParam("department", department).queryParam("column", "NOPE").encode().build().toUriString());
        assertThat(shown.select("#error-summary")).isNotEmpty();
        assertThat(shown.select("#drill-firms")).isEmpty();
    }

    private void inPool(String enterpriseId, int tier) {
        mongo.updateFirst(Query.query(Criteria.where("enterpriseId").is(enterpriseId).and("department").is(department)),
                new Update().set("status", ReferralStatus.IN_POOL).set("tier", tier), Referral.class)
                .block(DashboardFixture.TIMEOUT);
    }

    private List<String> ids(DepartmentColumn column, int limit) {
        return drilled(query(department, column), limit).stream().map(row -> (String) row.get("enterpriseId")).toList();
    }

    private static String query(String department, DepartmentColumn column) {
        return "metric=DEPARTMENT&department=" + department + "&column=" + column;
    }

    private static String key(DepartmentColumn column) {
        return switch (column) {
            case REFERRED -> "referred";
            case IN_POOL -> "inPool";
            case TIER_1 -> "tier1";
            case TIER_2 -> "tier2";
            case TIER_3 -> "tier3";
            case RECOGNISED -> "recognised";
        };
    }

    /** Every row behind a figure, following {@code next} page by page. */
    private List<Map<String, Object>> drilled(String query, int limit) {
        List<Map<String, Object>> rows = new ArrayList<>();
        String cursor = null;
        do {
            String uri = UriComponentsBuilder.fromPath("/api/v1/dashboard/firms").query(query)
                    .queryParam("limit", limit).queryParamIfPresent("cursor", Optional.ofNullable(cursor))
                    .encode().build().toUriString();
            Map<String, Object> page = json(uri);
            List<Map<String, Object>> found = list(page.get("rows"));
            assertThat(found.size()).isLessThanOrEqualTo(limit);
            rows.addAll(found);
            cursor = (String) page.get("next");
        } while (cursor != null);
        return rows;
    }

    private Map<String, Object> json(String uri) {
        return web.mutateWith(reviewer.bearer()).get().uri(URI.create(uri)).exchange().expectStatus().isOk()
                .expectBody(JSON).returnResult().getResponseBody();
    }

    private Document page(Principals who, String uri) {
        String body = web.mutateWith(who.session()).get().uri(URI.create(uri)).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        return Jsoup.parse(body);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }
}
