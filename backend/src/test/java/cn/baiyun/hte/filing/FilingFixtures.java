package cn.baiyun.hte.filing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Complete, consistent sections of a filing, as the API takes them and as the service stores them. */
final class FilingFixtures {

    static final Map<String, Object> FINANCIALS_JSON = Map.of(
            "mainBusinessRevenue", new BigDecimal("28000000.00"), "otherBusinessRevenue", new BigDecimal("2000000"),
            "totalRevenue", new BigDecimal("30500000.55"), "nonTaxableIncome", new BigDecimal("500000"),
            "highTechRevenue", new BigDecimal("21000000"), "netAssets", new BigDecimal("-1250000.50"),
            "totalAssets", new BigDecimal("40000000"), "totalCostAndExpense", new BigDecimal("26000000"),
            "monthsOperated", 12);

    /** Other costs of 400,000 exceed the cap of 0.25 × (1,000,000 + 0.8 × 500,000) = 350,000. */
    static final Map<String, Object> RD_SPEND_JSON = Map.of(
            "personnel", 700000, "directInput", 200000, "depreciationAndLongTermPrepaid", 50000,
            "intangibleAmortization", 20000, "design", 20000, "equipmentDebuggingAndTrial", 10000,
            "other", 400000, "outsourcedDomestic", 300000, "outsourcedForeign", 200000);

    static final Map<String, Object> INCIDENTS_JSON = Map.of("none", true, "items", List.of());

    static final Map<String, Object> SELF_ASSESSMENT_JSON = Map.of(
            "technologicalAdvancement", "B", "coreSupport", "A", "rdManagementSystem", "FULL",
            "researchInstitution", "PARTIAL", "transformationIncentives", "NONE", "talentDevelopment", "FULL",
            "standardsParticipation", false);

    private FilingFixtures() {
    }

    /**
     * Twelve months with 120 staff throughout and 13 S&T staff in the first half-year, 11 in the second:
     * an S&T average of exactly 12, a 10% share that a year-end snapshot (11 / 120) would miss.
     */
    static Map<String, Object> monthlyStaffJson() {
        List<Map<String, Object>> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            int st = month <= 6 ? 13 : 11;
            months.add(Map.of("month", month, "totalBegin", 120, "totalEnd", 120,
                    "scienceAndTechnologyBegin", st, "scienceAndTechnologyEnd", st));
        }
        return Map.of("mode", "MONTHLY", "months", months);
    }

    static Financials financials() {
        return new Financials(new BigDecimal("28000000.00"), new BigDecimal("2000000"), new BigDecimal("30500000.55"),
                new BigDecimal("500000"), new BigDecimal("21000000"), new BigDecimal("-1250000.50"),
                new BigDecimal("40000000"), new BigDecimal("26000000"), 12);
    }

    static RdSpend rdSpend() {
        return new RdSpend(amount(700000), amount(200000), amount(50000), amount(20000), amount(20000),
                amount(10000), amount(400000), amount(300000), amount(200000));
    }

    static Staff annualStaff() {
        return new Staff(Staff.Mode.ANNUAL_AVERAGE, new BigDecimal("120.5"), new BigDecimal("18.25"), List.of());
    }

    static Incidents noIncidents() {
        return new Incidents(true, List.of());
    }

    static Incidents oneIncident() {
        return new Incidents(false, List.of(new Incident(LocalDate.of(2025, 3, 9), Incident.Type.SAFETY,
                "白云区应急管理局", "一般安全事故")));
    }

    static SelfAssessment selfAssessment() {
        return new SelfAssessment(SelfAssessment.Band.B, SelfAssessment.Band.A, SelfAssessment.Practice.FULL,
                SelfAssessment.Practice.PARTIAL, SelfAssessment.Practice.NONE, SelfAssessment.Practice.FULL, false);
    }

    private static BigDecimal amount(long yuan) {
        return BigDecimal.valueOf(yuan);
    }
}
