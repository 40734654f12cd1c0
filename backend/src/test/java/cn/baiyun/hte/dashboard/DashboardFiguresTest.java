package cn.baiyun.hte.dashboard;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.baiyun.hte.assessment.TierResult;
import cn.baiyun.hte.enterprise.LifecycleStage;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's figures against a fixture counted by hand: 54 firms, every combination of six HTE certificate
 * states (valid and ending this year, valid and ending next year, valid for longer, ended this year, none, not yet
 * issued), three 专精特新 states (valid, ended, none) and three above-size flags (yes, no, not answered), plus three
 * firms on the boundaries of validity, counted on 2071-03-15 (a year no other test uses). The pool of 2071 and
 * 2070 has decided and merely proposed tiers.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardFiguresTest {

    static final LocalDate DAY = LocalDate.of(2071, 3, 15);
    static final String ON_DAY = "/api/v1/dashboard?date=2071-03-15";

    /** Issue dates of the six certificate states; null: no certificate. */
    enum Hte {
        ENDS_2071(LocalDate.of(2068, 6, 1)), ENDS_2072(LocalDate.of(2069, 2, 1)), ENDS_2073(LocalDate.of(2070, 9, 1)),
        ENDED(LocalDate.of(2068, 1, 10)), NONE(null), FUTURE(LocalDate.of(2071, 4, 1));

        final LocalDate issued;

        Hte(LocalDate issued) {
            this.issued = issued;
        }

        LifecycleStage stage() {
            return switch (this) {
                case ENDS_2071, ENDS_2072, ENDS_2073 -> LifecycleStage.HIGH_TECH_ENTERPRISE;
                case ENDED, FUTURE -> LifecycleStage.TECH_BASED_SME;
                case NONE -> LifecycleStage.REGISTERED_FIRM;
            };
        }
    }

    enum Specialised { VALID, ENDED, NONE }

    @Autowired
    WebTestClient web;
    @Autowired
    ReactiveMongoTemplate mongo;

    final Principals reviewer = Principals.reviewer();
    final Map<String, String> ids = new HashMap<>();
    Map<String, Object> stagesBefore;
    List<Map<String, Object>> sizesBefore;

    @BeforeAll
    void fixture() {
        stagesBefore = byStage(dashboard(reviewer));
        sizesBefore = sizes(dashboard(reviewer));
        DashboardFixture fixture = new DashboardFixture(mongo);
        for (Hte hte : Hte.values()) {
            for (Specialised specialised : Specialised.values()) {
                for (Boolean above : new Boolean[] {true, false, null}) {
                    String name = "看板" + hte + "-" + specialised + "-" + above;
                    Integer techSme = techSmeYear(hte, specialised, above);
                    ids.put(name, fixture.firm(name, "1.1.9", hte.issued, above,
                            specialised == Specialised.VALID ? LocalDate.of(2070, 1, 1)
                                    : specialised == Specialised.ENDED ? LocalDate.of(2067, 1, 1) : null,
                            specialised == Specialised.VALID ? LocalDate.of(2072, 12, 31)
                                    : specialised == Specialised.ENDED ? LocalDate.of(2070, 12, 31) : null,
                            techSme, hte.stage()));
                }
            }
        }
        // Valid to the day (issued the day after the day three years before), and ended the day before.
        ids.put("看板边界-有效", fixture.firm("看板边界-有效", "1.1.9", LocalDate.of(2068, 3, 16), true, null, null, null,
                LifecycleStage.HIGH_TECH_ENTERPRISE));
        ids.put("看板边界-过期", fixture.firm("看板边界-过期", "1.1.9", LocalDate.of(2068, 3, 15), true, null, null, null,
                LifecycleStage.HIGH_TECH_ENTERPRISE));
        // A 专精特新 certificate whose last day is the day.
        ids.put("看板边界-专精特新", fixture.firm("看板边界-专精特新", "1.1.9", LocalDate.of(2070, 9, 1), false,
                LocalDate.of(2069, 3, 15), DAY, null, LifecycleStage.HIGH_TECH_ENTERPRISE));
        fixture.store();

        entry(fixture, 2071, "看板NONE-VALID-true", "1.1.9", TierResult.TIER_1, TierResult.TIER_1);
        entry(fixture, 2071, "看板ENDS_2071-NONE-true", "1.2", TierResult.TIER_2, TierResult.TIER_1);
        entry(fixture, 2071, "看板ENDED-NONE-false", "8.4.2", TierResult.TIER_1, TierResult.TIER_1);
        entry(fixture, 2071, "看板NONE-VALID-null", "8.4.2", TierResult.TIER_2, TierResult.TIER_2);
        entry(fixture, 2071, "看板NONE-NONE-false", "1.1.9", TierResult.TIER_1, null);
        entry(fixture, 2071, "看板FUTURE-NONE-null", "4.1", TierResult.TIER_2, TierResult.TIER_3);
        entry(fixture, 2070, "看板ENDS_2072-VALID-true", "1.1.9", TierResult.TIER_1, null);
        entry(fixture, 2070, "看板ENDS_2073-VALID-true", "1.1.9", TierResult.TIER_1, null);
        entry(fixture, 2070, "看板ENDS_2072-ENDED-true", "1.1.9", TierResult.TIER_2, null);
        entry(fixture, 2070, "看板ENDS_2073-ENDED-true", "1.1.9", TierResult.TIER_2, null);

        // A department referred one fixture firm: its list behind the departments' table.
        String referred = ids.get("看板NONE-VALID-true");
        String uscc = mongo.findById(referred, cn.baiyun.hte.enterprise.Enterprise.class).block().uscc();
        web.mutateWith(Principals.department("看板测试局").bearer()).post().uri("/api/v1/referrals")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("uscc", uscc, "firmName", "看板NONE-VALID-true", "note", "看板"))
                .exchange().expectStatus().isCreated();

        web.mutateWith(reviewer.bearer()).put().uri("/api/v1/dashboard/targets/2071")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("hteFirms", 40, "aboveSizeHteFirms", 12, "specialisedSharePercent", 50))
                .exchange().expectStatus().isOk();
    }

    /** Tech-based SME register: three firms in 2069 (one recognised in 2070), two in 2070 (one recognised in 2071). */
    private static Integer techSmeYear(Hte hte, Specialised specialised, Boolean above) {
        if (specialised != Specialised.NONE || above == null) {
            return null;
        }
        if (above && (hte == Hte.ENDS_2073 || hte == Hte.NONE || hte == Hte.ENDS_2072)) {
            return 2069;
        }
        if ((above && hte == Hte.FUTURE) || (!above && hte == Hte.NONE)) {
            return 2070;
        }
        return null;
    }

    private void entry(DashboardFixture fixture, int year, String name, String field, TierResult proposed,
                       TierResult decided) {
        fixture.entry(year, ids.get(name), name, field, proposed, decided);
    }

    @Test
    void theActualsAreTheHandCountedOnes() {
        Map<String, Object> standing = map(dashboard(reviewer).get("standing"));

        // Valid: 3 states × 9 + the day's last valid one + the 专精特新 boundary firm.
        assertThat(standing).containsEntry("hte", 29).containsEntry("hteAboveSize", 10)
                .containsEntry("specialised", 19).containsEntry("specialisedHte", 10);
    }

    @Test
    void eachTargetAgainstTheActualAndTheOutlookFromTheDecidedTiers() {
        List<Map<String, Object>> progress = list(dashboard(reviewer).get("progress"));

        assertThat(progress).extracting(p -> p.get("kind"))
                .containsExactly("HTE_FIRMS", "ABOVE_SIZE_HTE_FIRMS", "SPECIALISED_SHARE");
        // Tier 1 decided: one new HTE above size and 专精特新, one already an HTE, one whose certificate ended;
        // tier 2 decided: one new 专精特新 HTE. The proposed-only tier-1 firm counts for nothing.
        assertThat(progress.get(0)).containsEntry("target", 40).containsEntry("actual", 29)
                .containsEntry("withTier1", 31).containsEntry("withTiers1And2", 32)
                .containsEntry("percentOfTarget", 72).containsEntry("reached", false);
        assertThat(progress.get(1)).containsEntry("target", 12).containsEntry("actual", 10)
                .containsEntry("withTier1", 11).containsEntry("withTiers1And2", 11)
                .containsEntry("percentOfTarget", 83);
        assertThat(decimal(progress.get(2), "target")).isEqualByComparingTo("0.5");
        assertThat(decimal(progress.get(2), "actual")).isEqualByComparingTo("0.5263"); // 10 / 19
        assertThat(decimal(progress.get(2), "withTier1")).isEqualByComparingTo("0.5789"); // 11 / 19
        assertThat(decimal(progress.get(2), "withTiers1And2")).isEqualByComparingTo("0.6316"); // 12 / 19
        assertThat(progress.get(2)).containsEntry("reached", true).containsEntry("percentOfTarget", 100);
    }

    @Test
    void certificatesEndingThisYearAndNextWithTheFirms() {
        Map<String, Object> dashboard = dashboard(reviewer);

        // 2071: the 9 ending in May, the 9 that ended in January, and both boundary firms; 2072: 9.
        assertThat(list(dashboard.get("expiring"))).containsExactly(Map.of("year", 2071, "certificates", 20),
                Map.of("year", 2072, "certificates", 9));
        assertThat(list(dashboard.get("expiringFirms"))).hasSize(29)
                .extracting(f -> f.get("validUntil")).first().isEqualTo("2071-01-09");
        // In the re-recognition list's order: the soonest to end first, this year's before next year's.
        assertThat(list(dashboard.get("expiringFirms"))).extracting(f -> (String) f.get("validUntil")).isSorted();
        assertThat(drill("metric=EXPIRING&year=2071&limit=200")).hasSize(20)
                .allSatisfy(name -> assertThat(name).matches("看板(ENDS_2071|ENDED).*|看板边界-(有效|过期)"));
    }

    @Test
    void theFunnelCountsEachStageAndWhatReachedIt() {
        Map<String, Object> after = byStage(dashboard(reviewer));

        assertThat(delta(after, "HIGH_TECH_ENTERPRISE", "atStage")).isEqualTo(30);
        assertThat(delta(after, "TECH_BASED_SME", "atStage")).isEqualTo(18);
        assertThat(delta(after, "REGISTERED_FIRM", "atStage")).isEqualTo(9);
        assertThat(delta(after, "INCUBATING_PROJECT", "atStage")).isZero();
        assertThat(delta(after, "TECH_BASED_SME", "reached")).isEqualTo(48);
        assertThat(delta(after, "REGISTERED_FIRM", "reached")).isEqualTo(57);
        Map<String, Object> hte = map(after.get("HIGH_TECH_ENTERPRISE"));
        Map<String, Object> sme = map(after.get("TECH_BASED_SME"));
        assertThat(decimal(hte, "conversion")).isEqualByComparingTo(BigDecimal.valueOf(
                ((Number) hte.get("reached")).longValue()).divide(BigDecimal.valueOf(
                ((Number) sme.get("reached")).longValue()), 4, java.math.RoundingMode.HALF_UP));
    }

    @Test
    void techBasedSmeCohortsConvertInTheFollowingYear() {
        List<Map<String, Object>> conversions = list(dashboard(reviewer).get("conversions"));

        assertThat(conversions).extracting(c -> c.get("year")).containsExactly(2068, 2069, 2070);
        assertThat(conversions.get(0)).containsEntry("techSmes", 0).doesNotContainKey("conversion");
        assertThat(conversions.get(1)).containsEntry("techSmes", 3).containsEntry("recognisedNextYear", 1);
        assertThat(decimal(conversions.get(1), "conversion")).isEqualByComparingTo("0.3333");
        assertThat(conversions.get(2)).containsEntry("techSmes", 2).containsEntry("recognisedNextYear", 1);
        assertThat(decimal(conversions.get(2), "conversion")).isEqualByComparingTo("0.5");
    }

    @Test
    void tiersPerCycleWithTheChangeFromTheYearBeforeAndByField() {
        Map<String, Object> dashboard = dashboard(reviewer);

        List<Map<String, Object>> cycles = list(dashboard.get("cycles"));
        assertThat(cycles).extracting(c -> c.get("year")).containsExactly(2070, 2071);
        assertThat(cycles.get(0)).containsEntry("tier1", 2).containsEntry("tier2", 2).containsEntry("tier3", 0)
                .doesNotContainKey("change");
        assertThat(cycles.get(1)).containsEntry("tier1", 4).containsEntry("tier2", 1).containsEntry("tier3", 1);
        assertThat(map(cycles.get(1).get("change"))).containsEntry("tier1", 2).containsEntry("tier2", -1)
                .containsEntry("tier3", 1);
        assertThat(list(dashboard.get("fields"))).extracting(f -> f.get("field"), f -> f.get("tier1"),
                        f -> f.get("tier2"), f -> f.get("tier3"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1", 3, 0, 0),
                        org.assertj.core.groups.Tuple.tuple("8", 1, 1, 0),
                        org.assertj.core.groups.Tuple.tuple("4", 0, 0, 1));
        assertThat(drill("metric=TIER&year=2071&tier=TIER_1")).containsExactlyInAnyOrder("看板NONE-VALID-true",
                "看板ENDS_2071-NONE-true", "看板ENDED-NONE-false", "看板NONE-NONE-false");
        assertThat(drill("metric=TIER&year=2071&tier=TIER_1&field=8")).containsExactly("看板ENDED-NONE-false");
    }

    @Test
    void firmsBySizeFlagWithTheirValidCertificates() {
        List<Map<String, Object>> after = sizes(dashboard(reviewer));

        assertThat(after).extracting(s -> s.get("aboveSize")).containsExactly(true, false, null);
        // Yes: 18 + both boundary firms (one valid); no: 18 + the 专精特新 boundary firm (valid); not answered: 18.
        assertThat(sizeDelta(after, 0, "firms")).isEqualTo(20);
        assertThat(sizeDelta(after, 0, "hte")).isEqualTo(10);
        assertThat(sizeDelta(after, 1, "firms")).isEqualTo(19);
        assertThat(sizeDelta(after, 1, "hte")).isEqualTo(10);
        assertThat(sizeDelta(after, 2, "firms")).isEqualTo(18);
        assertThat(sizeDelta(after, 2, "hte")).isEqualTo(9);
    }

    @Test
    void theTrendCountsValidCertificatesAtEachYearsEnd() {
        List<Map<String, Object>> trend = list(dashboard(reviewer).get("trend"));

        assertThat(trend).extracting(t -> t.get("year")).containsExactly(2068, 2069, 2070, 2071);
        // Issued 2068: 9 + 9 + 2 boundary firms; 2069: 9; 2070: 9 + 1; 2071: the 9 not yet valid.
        assertThat(trend).extracting(t -> t.get("issued")).containsExactly(20, 9, 10, 9);
        assertThat(trend).extracting(t -> t.get("validHte")).containsExactly(20, 29, 39, 29);
        assertThat(trend).extracting(t -> t.get("tier1")).containsExactly(0, 0, 2, 4);
    }

    @Test
    void eachDepartmentsReferralsWithTheFirmsBehindThem() {
        assertThat(list(dashboard(reviewer).get("departments")))
                .filteredOn(d -> "看板测试局".equals(d.get("department")))
                .singleElement().satisfies(d -> assertThat(d).containsEntry("referred", 1));
        assertThat(drill("metric=DEPARTMENT&department=看板测试局")).containsExactly("看板NONE-VALID-true");
    }

    @Test
    void aListThatNamesNoNumberIsABadRequest() {
        web.mutateWith(reviewer.bearer()).get().uri("/api/v1/dashboard/firms?metric=NOPE").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        web.mutateWith(reviewer.bearer()).get().uri("/api/v1/dashboard/firms?metric=TIER&year=2071&tier=TIER_9")
                .exchange().expectStatus().isBadRequest();
        web.mutateWith(reviewer.bearer()).get().uri("/api/v1/dashboard?date=1899-01-01").exchange()
                .expectStatus().isBadRequest();
    }

    @Test
    void departmentOfficersAndClientsGetTheFiguresWithoutFirmsOrDepartments() {
        for (Principals reader : List.of(Principals.department("工信局"), Principals.integrationClient("dashboard:read"))) {
            Map<String, Object> dashboard = dashboard(reader);

            assertThat(dashboard).containsEntry("full", false);
            assertThat(map(dashboard.get("standing"))).containsEntry("hte", 29);
            assertThat(list(dashboard.get("expiringFirms"))).isEmpty();
            assertThat(list(dashboard.get("departments"))).isEmpty();
        }
    }

    @Test
    void theWorkbookHoldsTheWholeDashboard() throws Exception {
        byte[] bytes = web.mutateWith(reviewer.bearer()).get().uri("/api/v1/dashboard.xlsx?date=2071-03-15")
                .header("Accept-Language", "zh-CN")
                .exchange().expectStatus().isOk()
                .expectBody(byte[].class).returnResult().getResponseBody();

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Map<String, Double> counts = new HashMap<>();
            List<String> sections = new java.util.ArrayList<>();
            for (Row row : book.getSheetAt(0)) {
                sections.add(row.getCell(0).getStringCellValue());
                if (row.getCell(2) != null && row.getRowNum() > 0) {
                    counts.putIfAbsent(row.getCell(0).getStringCellValue() + "/" + row.getCell(1).getStringCellValue(),
                            row.getCell(2).getNumericCellValue());
                }
            }
            assertThat(counts).containsEntry("当前实际（认定口径）/有效高新技术企业", 29.0)
                    .containsEntry("年度目标/高新技术企业数量 · 第一梯队认定后", 31.0)
                    .containsEntry("证书到期（重新认定工作量）/2071", 20.0);
            assertThat(sections).contains("全流程培育链条", "各年度培育周期梯队分布", "本年度梯队按技术领域分布", "按规模分布",
                    "各推荐部门贡献", "年度趋势");
        }
    }

    private Map<String, Object> dashboard(Principals reader) {
        return web.mutateWith(reader.bearer()).get().uri(ON_DAY).exchange().expectStatus().isOk()
                .expectBody(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() { })
                .returnResult().getResponseBody();
    }

    private List<String> drill(String query) {
        Map<String, Object> page = web.mutateWith(reviewer.bearer()).get().uri("/api/v1/dashboard/firms?" + query)
                .exchange().expectStatus().isOk()
                .expectBody(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() { })
                .returnResult().getResponseBody();
        return list(page.get("rows")).stream().map(row -> (String) row.get("name")).toList();
    }

    private static Map<String, Object> byStage(Map<String, Object> dashboard) {
        Map<String, Object> stages = new HashMap<>();
        list(dashboard.get("funnel")).forEach(stage -> stages.put((String) stage.get("stage"), stage));
        return stages;
    }

    private long delta(Map<String, Object> after, String stage, String key) {
        return ((Number) map(after.get(stage)).get(key)).longValue()
                - ((Number) map(stagesBefore.get(stage)).get(key)).longValue();
    }

    private static List<Map<String, Object>> sizes(Map<String, Object> dashboard) {
        return list(dashboard.get("sizes"));
    }

    private long sizeDelta(List<Map<String, Object>> after, int index, String key) {
        return ((Number) after.get(index).get(key)).longValue() - ((Number) sizesBefore.get(index).get(key)).longValue();
    }

    private static BigDecimal decimal(Map<String, Object> map, String key) {
        return new BigDecimal(map.get(key).toString());
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
