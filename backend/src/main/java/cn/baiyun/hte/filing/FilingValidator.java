package cn.baiyun.hte.filing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.baiyun.hte.platform.error.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * The two levels of checks on a filing. A draft may be incomplete, but what it holds must be well
 * formed and, where two figures of a section are both given, consistent ({@link #wellFormed}): the person
 * typing them can put them right at once, rather than learn of it at submission. A submitted filing must
 * also be complete ({@link #readyToSubmit}). Every problem is answered at once, against its field's path.
 */
@Component
class FilingValidator {

    static final int FIRST_FISCAL_YEAR = 2000;
    static final int MONTHS = 12;

    private final Clock clock;

    FilingValidator(Clock clock) {
        this.clock = clock;
    }

    /** A filing covers a fiscal year that has ended: the rules always look at years before the application. */
    List<FieldProblem> fiscalYear(int fiscalYear) {
        int lastEnded = LocalDate.now(clock).getYear() - 1;
        if (fiscalYear < FIRST_FISCAL_YEAR || fiscalYear > lastEnded) {
            return List.of(new FieldProblem("fiscalYear", "filing.fiscal-year.range", String.valueOf(FIRST_FISCAL_YEAR),
                    String.valueOf(lastEnded)));
        }
        return List.of();
    }

    List<FieldProblem> wellFormed(FilingSection section, Object value) {
        SectionChecks checks = SectionChecks.of(section);
        switch (section) {
            case FINANCIALS -> financialFormat(checks, (Financials) value);
            case RD_SPEND -> rdFormat(checks, (RdSpend) value);
            case STAFF -> staffFormat(checks, (Staff) value);
            case INCIDENTS -> incidentFormat(checks, (Incidents) value);
            case SELF_ASSESSMENT -> { }
        }
        return checks.problems();
    }

    List<FieldProblem> readyToSubmit(FilingContent content) {
        List<FieldProblem> problems = new ArrayList<>();
        for (FilingSection section : FilingSection.values()) {
            problems.addAll(completeness(section, content));
        }
        return problems;
    }

    /** What keeps one section from being complete; the staff rows are counted against the months operated. */
    List<FieldProblem> completeness(FilingSection section, FilingContent content) {
        Object value = content.section(section);
        if (value == null) {
            return List.of(new FieldProblem(section.property(), "filing.section.missing"));
        }
        List<FieldProblem> problems = new ArrayList<>(wellFormed(section, value));
        SectionChecks checks = SectionChecks.of(section);
        switch (section) {
            case FINANCIALS -> financialsComplete(checks, (Financials) value);
            case RD_SPEND -> rdComplete(checks, (RdSpend) value);
            case STAFF -> staffComplete(checks, (Staff) value, content.financials());
            case INCIDENTS -> incidentsComplete(checks, (Incidents) value);
            case SELF_ASSESSMENT -> selfAssessmentComplete(checks, (SelfAssessment) value);
        }
        problems.addAll(checks.problems());
        return problems;
    }

    private static void financialFormat(SectionChecks checks, Financials financials) {
        checks.amount("mainBusinessRevenue", financials.mainBusinessRevenue());
        checks.amount("otherBusinessRevenue", financials.otherBusinessRevenue());
        checks.amount("totalRevenue", financials.totalRevenue());
        checks.amount("nonTaxableIncome", financials.nonTaxableIncome());
        checks.amount("highTechRevenue", financials.highTechRevenue());
        checks.signedAmount("netAssets", financials.netAssets());
        checks.amount("totalAssets", financials.totalAssets());
        checks.amount("totalCostAndExpense", financials.totalCostAndExpense());
        checks.range("monthsOperated", financials.monthsOperated(), 1, MONTHS);
        checks.notAbove("highTechRevenue", financials.highTechRevenue(), financials.totalRevenue(),
                "filing.high-tech.exceeds-total");
        checks.notAbove("nonTaxableIncome", financials.nonTaxableIncome(), financials.totalRevenue(),
                "filing.non-taxable.exceeds-total");
        checks.notAbove("otherBusinessRevenue", financials.salesRevenue(), financials.totalRevenue(),
                "filing.sales.exceeds-total");
        checks.notAbove("netAssets", financials.netAssets(), financials.totalAssets(),
                "filing.net-assets.exceeds-total");
    }

    private static void financialsComplete(SectionChecks checks, Financials financials) {
        checks.required("mainBusinessRevenue", financials.mainBusinessRevenue());
        checks.required("otherBusinessRevenue", financials.otherBusinessRevenue());
        checks.required("totalRevenue", financials.totalRevenue());
        checks.required("nonTaxableIncome", financials.nonTaxableIncome());
        checks.required("highTechRevenue", financials.highTechRevenue());
        checks.required("netAssets", financials.netAssets());
        checks.required("totalAssets", financials.totalAssets());
        checks.required("totalCostAndExpense", financials.totalCostAndExpense());
        checks.required("monthsOperated", financials.monthsOperated());
    }

    private static void rdFormat(SectionChecks checks, RdSpend spend) {
        checks.amount("personnel", spend.personnel());
        checks.amount("directInput", spend.directInput());
        checks.amount("depreciationAndLongTermPrepaid", spend.depreciationAndLongTermPrepaid());
        checks.amount("intangibleAmortization", spend.intangibleAmortization());
        checks.amount("design", spend.design());
        checks.amount("equipmentDebuggingAndTrial", spend.equipmentDebuggingAndTrial());
        checks.amount("other", spend.other());
        checks.amount("outsourcedDomestic", spend.outsourcedDomestic());
        checks.amount("outsourcedForeign", spend.outsourcedForeign());
    }

    private static void rdComplete(SectionChecks checks, RdSpend spend) {
        checks.required("personnel", spend.personnel());
        checks.required("directInput", spend.directInput());
        checks.required("depreciationAndLongTermPrepaid", spend.depreciationAndLongTermPrepaid());
        checks.required("intangibleAmortization", spend.intangibleAmortization());
        checks.required("design", spend.design());
        checks.required("equipmentDebuggingAndTrial", spend.equipmentDebuggingAndTrial());
        checks.required("other", spend.other());
        checks.required("outsourcedDomestic", spend.outsourcedDomestic());
        checks.required("outsourcedForeign", spend.outsourcedForeign());
    }

    private static void staffFormat(SectionChecks checks, Staff staff) {
        checks.amount("averageTotal", staff.averageTotal());
        checks.amount("averageScienceAndTechnology", staff.averageScienceAndTechnology());
        checks.notAbove("averageScienceAndTechnology", staff.averageScienceAndTechnology(), staff.averageTotal(),
                "filing.staff.st-exceeds-total");
        if (staff.months().size() > MONTHS) {
            checks.add("months", "filing.staff.too-many-months", MONTHS);
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < staff.months().size(); i++) {
            StaffMonth month = staff.months().get(i);
            SectionChecks row = checks.nested("months[" + i + "]");
            row.range("month", month.month(), 1, MONTHS);
            if (month.month() != null && !seen.add(month.month())) {
                row.add("month", "filing.staff.month-repeated");
            }
            row.range("totalBegin", month.totalBegin(), 0, Integer.MAX_VALUE);
            row.range("totalEnd", month.totalEnd(), 0, Integer.MAX_VALUE);
            row.range("scienceAndTechnologyBegin", month.scienceAndTechnologyBegin(), 0, Integer.MAX_VALUE);
            row.range("scienceAndTechnologyEnd", month.scienceAndTechnologyEnd(), 0, Integer.MAX_VALUE);
            notAbove(row, "scienceAndTechnologyBegin", month.scienceAndTechnologyBegin(), month.totalBegin());
            notAbove(row, "scienceAndTechnologyEnd", month.scienceAndTechnologyEnd(), month.totalEnd());
        }
    }

    private static void staffComplete(SectionChecks checks, Staff staff, Financials financials) {
        checks.required("mode", staff.mode());
        if (staff.mode() == Staff.Mode.ANNUAL_AVERAGE) {
            checks.required("averageTotal", staff.averageTotal());
            checks.required("averageScienceAndTechnology", staff.averageScienceAndTechnology());
            if (staff.averageTotal() != null && staff.averageTotal().signum() == 0) {
                checks.add("averageTotal", "filing.staff.no-staff");
            }
        } else if (staff.mode() == Staff.Mode.MONTHLY) {
            monthsComplete(checks, staff, financials);
        }
    }

    private static void monthsComplete(SectionChecks checks, Staff staff, Financials financials) {
        Integer operated = financials == null ? null : financials.monthsOperated();
        if (operated != null && staff.months().size() != operated) {
            checks.add("months", "filing.staff.months-operated", operated);
        }
        for (int i = 0; i < staff.months().size(); i++) {
            StaffMonth month = staff.months().get(i);
            SectionChecks row = checks.nested("months[" + i + "]");
            row.required("month", month.month());
            row.required("totalBegin", month.totalBegin());
            row.required("totalEnd", month.totalEnd());
            row.required("scienceAndTechnologyBegin", month.scienceAndTechnologyBegin());
            row.required("scienceAndTechnologyEnd", month.scienceAndTechnologyEnd());
        }
        BigDecimal total = staff.totalAverage();
        if (total != null && total.signum() == 0) {
            checks.add("months", "filing.staff.no-staff");
        }
    }

    private static void notAbove(SectionChecks checks, String field, Integer part, Integer whole) {
        if (part != null && whole != null && part > whole) {
            checks.add(field, "filing.staff.st-exceeds-total");
        }
    }

    private void incidentFormat(SectionChecks checks, Incidents incidents) {
        LocalDate today = LocalDate.now(clock);
        if (Boolean.TRUE.equals(incidents.none()) && !incidents.items().isEmpty()) {
            checks.add("none", "filing.incidents.none-with-items");
        }
        for (int i = 0; i < incidents.items().size(); i++) {
            Incident incident = incidents.items().get(i);
            SectionChecks row = checks.nested("items[" + i + "]");
            if (incident.date() != null && incident.date().isAfter(today)) {
                row.add("date", "PastOrPresent");
            }
            row.text("authority", incident.authority());
            row.text("description", incident.description());
        }
    }

    private static void incidentsComplete(SectionChecks checks, Incidents incidents) {
        if (!Boolean.TRUE.equals(incidents.none()) && incidents.items().isEmpty()) {
            checks.add("none", "filing.incidents.answer");
        }
        for (int i = 0; i < incidents.items().size(); i++) {
            Incident incident = incidents.items().get(i);
            SectionChecks row = checks.nested("items[" + i + "]");
            row.required("date", incident.date());
            row.required("type", incident.type());
            row.required("authority", incident.authority());
        }
    }

    private static void selfAssessmentComplete(SectionChecks checks, SelfAssessment assessment) {
        checks.required("technologicalAdvancement", assessment.technologicalAdvancement());
        checks.required("coreSupport", assessment.coreSupport());
        checks.required("rdManagementSystem", assessment.rdManagementSystem());
        checks.required("researchInstitution", assessment.researchInstitution());
        checks.required("transformationIncentives", assessment.transformationIncentives());
        checks.required("talentDevelopment", assessment.talentDevelopment());
        checks.required("standardsParticipation", assessment.standardsParticipation());
    }
}
