package cn.baiyun.hte.filing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.baiyun.hte.platform.error.FieldProblem;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The section pages' form: one bean holding every section, each page posting only its own. Input names
 * are the validator's field paths ({@code financials.highTechRevenue}, {@code staff.months[3].totalEnd}),
 * so that a problem found by the service lands next to the input it concerns. Numbers are kept as typed
 * (see {@link TypedNumbers}) so that whatever was typed is shown back with its message.
 */
public class FilingForm {

    static final int MONTHS = FilingValidator.MONTHS;
    /** Blank incident rows always offered, so that rows can be added without a script. */
    static final int BLANK_INCIDENT_ROWS = 2;

    private String version;
    private FinancialsInput financials = new FinancialsInput();
    private RdSpendInput rdSpend = new RdSpendInput();
    private StaffInput staff = new StaffInput();
    private IncidentsInput incidents = new IncidentsInput();
    private SelfAssessmentInput selfAssessment = new SelfAssessmentInput();

    static FilingForm of(Filing filing) {
        FilingForm form = new FilingForm();
        FilingContent content = filing.content();
        form.version = String.valueOf(filing.version());
        if (content.financials() != null) {
            form.financials = FinancialsInput.of(content.financials());
        }
        if (content.rdSpend() != null) {
            form.rdSpend = RdSpendInput.of(content.rdSpend());
        }
        if (content.staff() != null) {
            form.staff = StaffInput.of(content.staff());
        }
        if (content.incidents() != null) {
            form.incidents = IncidentsInput.of(content.incidents());
        }
        if (content.selfAssessment() != null) {
            form.selfAssessment = SelfAssessmentInput.of(content.selfAssessment());
        }
        return form.withBlankRows();
    }

    /** Pads the incident rows so that the page always offers {@value #BLANK_INCIDENT_ROWS} empty ones. */
    FilingForm withBlankRows() {
        long blank = incidents.items.stream().filter(IncidentRow::blank).count();
        for (long i = blank; i < BLANK_INCIDENT_ROWS; i++) {
            incidents.items.add(new IncidentRow());
        }
        return this;
    }

    /** The section's value as the service takes it, with what could not be read as a number. */
    Parsed parse(FilingSection section) {
        TypedNumbers numbers = new TypedNumbers();
        return switch (section) {
            case FINANCIALS -> new Parsed(financials.toValue(numbers), numbers.problems(), List.of());
            case RD_SPEND -> new Parsed(rdSpend.toValue(numbers), numbers.problems(), List.of());
            case STAFF -> staff.toValue(numbers);
            case INCIDENTS -> incidents.toValue();
            case SELF_ASSESSMENT -> new Parsed(selfAssessment.toValue(), List.of(), List.of());
        };
    }

    /**
     * A section's value and the problems of reading it (already named by the page's inputs). Blank rows
     * are left out of the value, so a row's place in the value differs from its place on the page:
     * {@code rows} maps the one to the other for the problems the service finds in the value.
     */
    record Parsed(Object value, List<FieldProblem> problems, List<Integer> rows) {

        /** The problem with its field path pointing at the page's input rather than the value's row. */
        FieldProblem onPage(FieldProblem problem) {
            String field = problem.field();
            int open = field.indexOf('[');
            int close = field.indexOf(']');
            if (open < 0 || close < open) {
                return problem;
            }
            int index = Integer.parseInt(field.substring(open + 1, close));
            int row = index < rows.size() ? rows.get(index) : index;
            return new FieldProblem(field.substring(0, open + 1) + row + field.substring(close), problem.messageKey(),
                    problem.args());
        }
    }

    public static class FinancialsInput {
        private String mainBusinessRevenue;
        private String otherBusinessRevenue;
        private String totalRevenue;
        private String nonTaxableIncome;
        private String highTechRevenue;
        private String netAssets;
        private String totalAssets;
        private String totalCostAndExpense;
        private String monthsOperated;

        static FinancialsInput of(Financials f) {
            FinancialsInput input = new FinancialsInput();
            input.mainBusinessRevenue = TypedNumbers.text(f.mainBusinessRevenue());
            input.otherBusinessRevenue = TypedNumbers.text(f.otherBusinessRevenue());
            input.totalRevenue = TypedNumbers.text(f.totalRevenue());
            input.nonTaxableIncome = TypedNumbers.text(f.nonTaxableIncome());
            input.highTechRevenue = TypedNumbers.text(f.highTechRevenue());
            input.netAssets = TypedNumbers.text(f.netAssets());
            input.totalAssets = TypedNumbers.text(f.totalAssets());
            input.totalCostAndExpense = TypedNumbers.text(f.totalCostAndExpense());
            input.monthsOperated = TypedNumbers.text(f.monthsOperated());
            return input;
        }

        Financials toValue(TypedNumbers n) {
            String p = "financials.";
            return new Financials(n.amount(p + "mainBusinessRevenue", mainBusinessRevenue),
                    n.amount(p + "otherBusinessRevenue", otherBusinessRevenue),
                    n.amount(p + "totalRevenue", totalRevenue), n.amount(p + "nonTaxableIncome", nonTaxableIncome),
                    n.amount(p + "highTechRevenue", highTechRevenue), n.amount(p + "netAssets", netAssets),
                    n.amount(p + "totalAssets", totalAssets), n.amount(p + "totalCostAndExpense", totalCostAndExpense),
                    n.count(p + "monthsOperated", monthsOperated));
        }

        public String getMainBusinessRevenue() { return mainBusinessRevenue; }
        public void setMainBusinessRevenue(String v) { this.mainBusinessRevenue = v; }
        public String getOtherBusinessRevenue() { return otherBusinessRevenue; }
        public void setOtherBusinessRevenue(String v) { this.otherBusinessRevenue = v; }
        public String getTotalRevenue() { return totalRevenue; }
        public void setTotalRevenue(String v) { this.totalRevenue = v; }
        public String getNonTaxableIncome() { return nonTaxableIncome; }
        public void setNonTaxableIncome(String v) { this.nonTaxableIncome = v; }
        public String getHighTechRevenue() { return highTechRevenue; }
        public void setHighTechRevenue(String v) { this.highTechRevenue = v; }
        public String getNetAssets() { return netAssets; }
        public void setNetAssets(String v) { this.netAssets = v; }
        public String getTotalAssets() { return totalAssets; }
        public void setTotalAssets(String v) { this.totalAssets = v; }
        public String getTotalCostAndExpense() { return totalCostAndExpense; }
        public void setTotalCostAndExpense(String v) { this.totalCostAndExpense = v; }
        public String getMonthsOperated() { return monthsOperated; }
        public void setMonthsOperated(String v) { this.monthsOperated = v; }
    }

    public static class RdSpendInput {
        private String personnel;
        private String directInput;
        private String depreciationAndLongTermPrepaid;
        private String intangibleAmortization;
        private String design;
        private String equipmentDebuggingAndTrial;
        private String other;
        private String outsourcedDomestic;
        private String outsourcedForeign;

        static RdSpendInput of(RdSpend s) {
            RdSpendInput input = new RdSpendInput();
            input.personnel = TypedNumbers.text(s.personnel());
            input.directInput = TypedNumbers.text(s.directInput());
            input.depreciationAndLongTermPrepaid = TypedNumbers.text(s.depreciationAndLongTermPrepaid());
            input.intangibleAmortization = TypedNumbers.text(s.intangibleAmortization());
            input.design = TypedNumbers.text(s.design());
            input.equipmentDebuggingAndTrial = TypedNumbers.text(s.equipmentDebuggingAndTrial());
            input.other = TypedNumbers.text(s.other());
            input.outsourcedDomestic = TypedNumbers.text(s.outsourcedDomestic());
            input.outsourcedForeign = TypedNumbers.text(s.outsourcedForeign());
            return input;
        }

        RdSpend toValue(TypedNumbers n) {
            String p = "rdSpend.";
            return new RdSpend(n.amount(p + "personnel", personnel), n.amount(p + "directInput", directInput),
                    n.amount(p + "depreciationAndLongTermPrepaid", depreciationAndLongTermPrepaid),
                    n.amount(p + "intangibleAmortization", intangibleAmortization), n.amount(p + "design", design),
                    n.amount(p + "equipmentDebuggingAndTrial", equipmentDebuggingAndTrial),
                    n.amount(p + "other", other), n.amount(p + "outsourcedDomestic", outsourcedDomestic),
                    n.amount(p + "outsourcedForeign", outsourcedForeign));
        }

        public String getPersonnel() { return personnel; }
        public void setPersonnel(String v) { this.personnel = v; }
        public String getDirectInput() { return directInput; }
        public void setDirectInput(String v) { this.directInput = v; }
        public String getDepreciationAndLongTermPrepaid() { return depreciationAndLongTermPrepaid; }
        public void setDepreciationAndLongTermPrepaid(String v) { this.depreciationAndLongTermPrepaid = v; }
        public String getIntangibleAmortization() { return intangibleAmortization; }
        public void setIntangibleAmortization(String v) { this.intangibleAmortization = v; }
        public String getDesign() { return design; }
        public void setDesign(String v) { this.design = v; }
        public String getEquipmentDebuggingAndTrial() { return equipmentDebuggingAndTrial; }
        public void setEquipmentDebuggingAndTrial(String v) { this.equipmentDebuggingAndTrial = v; }
        public String getOther() { return other; }
        public void setOther(String v) { this.other = v; }
        public String getOutsourcedDomestic() { return outsourcedDomestic; }
        public void setOutsourcedDomestic(String v) { this.outsourcedDomestic = v; }
        public String getOutsourcedForeign() { return outsourcedForeign; }
        public void setOutsourcedForeign(String v) { this.outsourcedForeign = v; }
    }

    /** Both ways of giving staff; only the chosen one is saved. Row {@code i} is month {@code i + 1}. */
    public static class StaffInput {
        private Staff.Mode mode;
        private String averageTotal;
        private String averageScienceAndTechnology;
        private List<MonthRow> months = twelveMonths();

        static StaffInput of(Staff s) {
            StaffInput input = new StaffInput();
            input.mode = s.mode();
            input.averageTotal = TypedNumbers.text(s.averageTotal());
            input.averageScienceAndTechnology = TypedNumbers.text(s.averageScienceAndTechnology());
            for (StaffMonth month : s.months()) {
                if (month.month() != null && month.month() >= 1 && month.month() <= MONTHS) {
                    input.months.set(month.month() - 1, MonthRow.of(month));
                }
            }
            return input;
        }

        Parsed toValue(TypedNumbers n) {
            boolean monthly = mode == Staff.Mode.MONTHLY;
            boolean annual = mode == Staff.Mode.ANNUAL_AVERAGE;
            List<StaffMonth> filled = new ArrayList<>();
            List<Integer> kept = new ArrayList<>();
            for (int i = 0; i < months.size() && !annual; i++) {
                MonthRow row = months.get(i);
                if (!row.blank()) {
                    filled.add(row.toValue(n, "staff.months[" + i + "].", i + 1));
                    kept.add(i);
                }
            }
            BigDecimal total = monthly ? null : n.amount("staff.averageTotal", averageTotal);
            BigDecimal st = monthly ? null : n.amount("staff.averageScienceAndTechnology", averageScienceAndTechnology);
            return new Parsed(new Staff(mode, total, st, filled), n.problems(), kept);
        }

        public Staff.Mode getMode() { return mode; }
        public void setMode(Staff.Mode mode) { this.mode = mode; }
        public String getAverageTotal() { return averageTotal; }
        public void setAverageTotal(String v) { this.averageTotal = v; }
        public String getAverageScienceAndTechnology() { return averageScienceAndTechnology; }
        public void setAverageScienceAndTechnology(String v) { this.averageScienceAndTechnology = v; }
        public List<MonthRow> getMonths() { return months; }
        public void setMonths(List<MonthRow> months) { this.months = months; }
    }

    public static class MonthRow {
        private String totalBegin;
        private String totalEnd;
        private String scienceAndTechnologyBegin;
        private String scienceAndTechnologyEnd;

        static MonthRow of(StaffMonth m) {
            MonthRow row = new MonthRow();
            row.totalBegin = TypedNumbers.text(m.totalBegin());
            row.totalEnd = TypedNumbers.text(m.totalEnd());
            row.scienceAndTechnologyBegin = TypedNumbers.text(m.scienceAndTechnologyBegin());
            row.scienceAndTechnologyEnd = TypedNumbers.text(m.scienceAndTechnologyEnd());
            return row;
        }

        boolean blank() {
            return isBlank(totalBegin) && isBlank(totalEnd) && isBlank(scienceAndTechnologyBegin)
                    && isBlank(scienceAndTechnologyEnd);
        }

        StaffMonth toValue(TypedNumbers n, String p, int month) {
            return new StaffMonth(month, n.count(p + "totalBegin", totalBegin), n.count(p + "totalEnd", totalEnd),
                    n.count(p + "scienceAndTechnologyBegin", scienceAndTechnologyBegin),
                    n.count(p + "scienceAndTechnologyEnd", scienceAndTechnologyEnd));
        }

        public String getTotalBegin() { return totalBegin; }
        public void setTotalBegin(String v) { this.totalBegin = v; }
        public String getTotalEnd() { return totalEnd; }
        public void setTotalEnd(String v) { this.totalEnd = v; }
        public String getScienceAndTechnologyBegin() { return scienceAndTechnologyBegin; }
        public void setScienceAndTechnologyBegin(String v) { this.scienceAndTechnologyBegin = v; }
        public String getScienceAndTechnologyEnd() { return scienceAndTechnologyEnd; }
        public void setScienceAndTechnologyEnd(String v) { this.scienceAndTechnologyEnd = v; }
    }

    public static class IncidentsInput {
        private Boolean none;
        private List<IncidentRow> items = new ArrayList<>();

        static IncidentsInput of(Incidents incidents) {
            IncidentsInput input = new IncidentsInput();
            input.none = incidents.none();
            incidents.items().forEach(item -> input.items.add(IncidentRow.of(item)));
            return input;
        }

        Parsed toValue() {
            List<Incident> filled = new ArrayList<>();
            List<Integer> kept = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if (!items.get(i).blank()) {
                    filled.add(items.get(i).toValue());
                    kept.add(i);
                }
            }
            return new Parsed(new Incidents(Boolean.TRUE.equals(none) ? Boolean.TRUE : null, filled), List.of(), kept);
        }

        public Boolean getNone() { return none; }
        public void setNone(Boolean none) { this.none = none; }
        public List<IncidentRow> getItems() { return items; }
        public void setItems(List<IncidentRow> items) { this.items = items; }
    }

    public static class IncidentRow {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate date;
        private Incident.Type type;
        private String authority;
        private String description;

        static IncidentRow of(Incident incident) {
            IncidentRow row = new IncidentRow();
            row.date = incident.date();
            row.type = incident.type();
            row.authority = incident.authority();
            row.description = incident.description();
            return row;
        }

        boolean blank() {
            return date == null && type == null && isBlank(authority) && isBlank(description);
        }

        Incident toValue() {
            return new Incident(date, type, trim(authority), trim(description));
        }

        public LocalDate getDate() { return date; }
        public void setDate(LocalDate date) { this.date = date; }
        public Incident.Type getType() { return type; }
        public void setType(Incident.Type type) { this.type = type; }
        public String getAuthority() { return authority; }
        public void setAuthority(String authority) { this.authority = authority; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
    }

    public static class SelfAssessmentInput {
        private SelfAssessment.Band technologicalAdvancement;
        private SelfAssessment.Band coreSupport;
        private SelfAssessment.Practice rdManagementSystem;
        private SelfAssessment.Practice researchInstitution;
        private SelfAssessment.Practice transformationIncentives;
        private SelfAssessment.Practice talentDevelopment;
        private Boolean standardsParticipation;

        static SelfAssessmentInput of(SelfAssessment a) {
            SelfAssessmentInput input = new SelfAssessmentInput();
            input.technologicalAdvancement = a.technologicalAdvancement();
            input.coreSupport = a.coreSupport();
            input.rdManagementSystem = a.rdManagementSystem();
            input.researchInstitution = a.researchInstitution();
            input.transformationIncentives = a.transformationIncentives();
            input.talentDevelopment = a.talentDevelopment();
            input.standardsParticipation = a.standardsParticipation();
            return input;
        }

        SelfAssessment toValue() {
            return new SelfAssessment(technologicalAdvancement, coreSupport, rdManagementSystem, researchInstitution,
                    transformationIncentives, talentDevelopment, standardsParticipation);
        }

        public SelfAssessment.Band getTechnologicalAdvancement() { return technologicalAdvancement; }
        public void setTechnologicalAdvancement(SelfAssessment.Band v) { this.technologicalAdvancement = v; }
        public SelfAssessment.Band getCoreSupport() { return coreSupport; }
        public void setCoreSupport(SelfAssessment.Band v) { this.coreSupport = v; }
        public SelfAssessment.Practice getRdManagementSystem() { return rdManagementSystem; }
        public void setRdManagementSystem(SelfAssessment.Practice v) { this.rdManagementSystem = v; }
        public SelfAssessment.Practice getResearchInstitution() { return researchInstitution; }
        public void setResearchInstitution(SelfAssessment.Practice v) { this.researchInstitution = v; }
        public SelfAssessment.Practice getTransformationIncentives() { return transformationIncentives; }
        public void setTransformationIncentives(SelfAssessment.Practice v) { this.transformationIncentives = v; }
        public SelfAssessment.Practice getTalentDevelopment() { return talentDevelopment; }
        public void setTalentDevelopment(SelfAssessment.Practice v) { this.talentDevelopment = v; }
        public Boolean getStandardsParticipation() { return standardsParticipation; }
        public void setStandardsParticipation(Boolean v) { this.standardsParticipation = v; }
    }

    private static List<MonthRow> twelveMonths() {
        List<MonthRow> rows = new ArrayList<>();
        for (int i = 0; i < MONTHS; i++) {
            rows.add(new MonthRow());
        }
        return rows;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String trim(String text) {
        return isBlank(text) ? null : text.strip();
    }

    public String getVersion() { return version; }
    public void setVersion(String version) { this.version = version; }
    public FinancialsInput getFinancials() { return financials; }
    public void setFinancials(FinancialsInput financials) { this.financials = financials; }
    public RdSpendInput getRdSpend() { return rdSpend; }
    public void setRdSpend(RdSpendInput rdSpend) { this.rdSpend = rdSpend; }
    public StaffInput getStaff() { return staff; }
    public void setStaff(StaffInput staff) { this.staff = staff; }
    public IncidentsInput getIncidents() { return incidents; }
    public void setIncidents(IncidentsInput incidents) { this.incidents = incidents; }
    public SelfAssessmentInput getSelfAssessment() { return selfAssessment; }
    public void setSelfAssessment(SelfAssessmentInput selfAssessment) { this.selfAssessment = selfAssessment; }
}
