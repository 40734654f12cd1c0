package cn.baiyun.hte.assessment;

import java.math.BigDecimal;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invariants of the engine over firms derived from the worked examples. Few tries each: the suite stays fast,
 * and every run draws new figures.
 */
class EngineProperties {

    private static final HteEngine ENGINE = new HteEngine(RuleSets.current());
    private static final List<String> CASES = WorkedExamples.hteCases().stream()
            .map(example -> example.get("id").asString()).toList();

    @Provide
    Arbitrary<String> cases() {
        return Arbitraries.of(CASES);
    }

    @Property(tries = 60)
    void moreCountedRdNeverLowersTheTier(@ForAll("cases") String caseId, @ForAll @IntRange(min = 0, max = 2) int year,
                                         @ForAll @LongRange(min = 1, max = 50_000_000) long more) {
        ObjectNode inputs = WorkedExamples.inputsOf(caseId);
        Assessment before = ENGINE.assess(WorkedExamples.snapshot(inputs));
        ObjectNode spend = (ObjectNode) inputs.get("fiscal_years").get(Math.min(year, inputs.get("fiscal_years").size() - 1))
                .get("rd_expense_cny");
        spend.put("personnel", spend.get("personnel").asLong() + more);

        Assessment after = ENGINE.assess(WorkedExamples.snapshot(inputs));

        assertThat(after.tier().result()).isLessThanOrEqualTo(before.tier().result());
        assertThat(after.conditions().c5aRdIntensity().pass() || !before.conditions().c5aRdIntensity().pass()).isTrue();
    }

    @Property(tries = 60)
    void moreScienceAndTechnologyStaffNeverLowersTheTier(@ForAll("cases") String caseId,
                                                         @ForAll @IntRange(min = 1, max = 500) int more) {
        ObjectNode inputs = WorkedExamples.inputsOf(caseId);
        Assessment before = ENGINE.assess(WorkedExamples.snapshot(inputs));
        ObjectNode staff = (ObjectNode) inputs.get("staff_last_fiscal_year");
        if (staff.has("months")) {
            staff.get("months").forEach(month -> ((ObjectNode) month)
                    .put("total_begin", month.get("total_begin").asInt() + more).put("total_end", month.get("total_end").asInt() + more)
                    .put("st_begin", month.get("st_begin").asInt() + more).put("st_end", month.get("st_end").asInt() + more));
        } else {
            staff.put("total_staff_monthly_average", staff.get("total_staff_monthly_average").asInt() + more)
                    .put("st_staff_monthly_average", staff.get("st_staff_monthly_average").asInt() + more);
        }

        Assessment after = ENGINE.assess(WorkedExamples.snapshot(inputs));

        assertThat(after.tier().result()).isLessThanOrEqualTo(before.tier().result());
    }

    @Property(tries = 40)
    void theSameSnapshotAlwaysGivesTheSameAssessmentAndDigest(@ForAll("cases") String caseId,
                                                              @ForAll @LongRange(min = 0, max = 9_999_999) long revenue) {
        ObjectNode inputs = WorkedExamples.inputsOf(caseId);
        ((ObjectNode) inputs.get("fiscal_years").get(0)).put("other_business_revenue_cny", revenue);

        FirmSnapshot first = WorkedExamples.snapshot(inputs);
        FirmSnapshot second = WorkedExamples.snapshot(inputs.deepCopy());

        assertThat(ENGINE.assess(second)).isEqualTo(ENGINE.assess(first));
        assertThat(InputDigest.of(second)).isEqualTo(InputDigest.of(first));
    }

    @Property(tries = 40)
    void growthBandsIncludeTheirLowerEdge(@ForAll @IntRange(min = 1, max = 1_000_000) int base,
                                          @ForAll("growthEdges") String edge) {
        BigDecimal rate = new BigDecimal(edge);
        BigDecimal v = BigDecimal.valueOf(base).multiply(BigDecimal.valueOf(20));
        // (v/v + v3/v)/2 − 1 = rate exactly when v3 = v × (1 + 2 × rate)
        BigDecimal v3 = v.multiply(BigDecimal.ONE.add(rate.multiply(BigDecimal.valueOf(2))));

        GrowthBand growth = new GrowthRating(RuleSets.current()).rate(List.of(v, v, v3));

        Band expected = switch (edge) {
            case "0.35" -> Band.A;
            case "0.25" -> Band.B;
            case "0.15" -> Band.C;
            default -> Band.D;
        };
        assertThat(growth.band()).isEqualTo(expected);
        assertThat(growth.rate4dp()).isEqualByComparingTo(rate);
    }

    @Provide
    Arbitrary<String> growthEdges() {
        return Arbitraries.of("0.35", "0.25", "0.15", "0.05");
    }

    @Property(tries = 30)
    void salesBandEdgesBelongToTheLowerBand(@ForAll @LongRange(min = 1, max = 1_000_000) long below) {
        assertThat(RdIntensityRule.band(new BigDecimal("50000000"))).isEqualTo(SalesBand.LE_50M);
        assertThat(RdIntensityRule.band(BigDecimal.valueOf(50_000_000 + below))).isEqualTo(SalesBand.GT_50M_LE_200M);
        assertThat(RdIntensityRule.band(new BigDecimal("200000000"))).isEqualTo(SalesBand.GT_50M_LE_200M);
        assertThat(RdIntensityRule.band(BigDecimal.valueOf(200_000_000 + below))).isEqualTo(SalesBand.GT_200M);
        assertThat(RdIntensityRule.band(BigDecimal.valueOf(50_000_000 - below))).isEqualTo(SalesBand.LE_50M);
    }

    @Property(tries = 40)
    void aStaffShareOfExactlyTenPercentPasses(@ForAll("cases") String caseId, @ForAll @IntRange(min = 1, max = 900) int st) {
        ObjectNode inputs = WorkedExamples.inputsOf(caseId);
        inputs.set("staff_last_fiscal_year", WorkedExamples.JSON.createObjectNode().put("method", "annual_monthly_average")
                .put("total_staff_monthly_average", st * 10).put("st_staff_monthly_average", st));

        assertThat(ENGINE.assess(WorkedExamples.snapshot(inputs)).conditions().c4StStaffRatio().pass()).isTrue();
    }

    @Property(tries = 30)
    void transformationBandsIncludeTheirLowerEdge(@ForAll @IntRange(min = 1, max = 5) int perYear) {
        ObjectNode inputs = WorkedExamples.inputsOf("C01");
        ((ObjectNode) inputs.get("tech_transformations_by_year")).put("2023", perYear).put("2024", perYear)
                .put("2025", perYear);

        Band band = ENGINE.assess(WorkedExamples.snapshot(inputs)).innovationScore().techTransformation().band();

        assertThat(band).isEqualTo(Band.values()[5 - perYear]);
    }
}
