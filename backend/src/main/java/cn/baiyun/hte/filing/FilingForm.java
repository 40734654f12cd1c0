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
 * so that a problem found by the service lands next to the input it concerns. Numbers are bound by the
 * portal's one number format ({@code platform.web.YuanFormatter}); what could not be read is shown back
 * with its message.
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

    /** The section's value as the service takes it. */
    Parsed parse(FilingSection section) {
        return switch (section) {
            case FINANCIALS -> new Parsed(financials.toValue(), List.of());
            case RD_SPEND -> new Parsed(rdSpend.toValue(), List.of());
            case STAFF -> staff.toValue();
            case INCIDENTS -> incidents.toValue();
            case SELF_ASSESSMENT -> new Parsed(selfAssessment.toValue(), List.of());
        };
    }

    /**
     * A section's value. Blank rows are left out of it, so a row's place in the value differs from its
     * place on the page: {@code rows} maps the one to the other for the problems the service finds.
     */
    record Parsed(Object value, List<Integer> rows) {

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
        private BigDecimal mainBusinessRevenue;
        private BigDecimal otherBusinessRevenue;
        private BigDecimal totalRevenue;
        private BigDecimal nonTaxableIncome;
        private BigDecimal highTechRevenue;
        private BigDecimal netAssets;
        private BigDecimal totalAssets;
        private BigDecimal totalCostAndExpense;
        private Integer monthsOperated;

        static FinancialsInput of(Financials f) {
            FinancialsInput input = new FinancialsInput();
            input.mainBusinessRevenue = f.mainBusinessRevenue();
            input.otherBusinessRevenue = f.otherBusinessRevenue();
            input.totalRevenue = f.totalRevenue();
            input.nonTaxableIncome = f.nonTaxableIncome();
            input.highTechRevenue = f.highTechRevenue();
            input.netAssets = f.netAssets();
            input.totalAssets = f.totalAssets();
            input.totalCostAndExpense = f.totalCostAndExpense();
            input.monthsOperated = f.monthsOperated();
            return input;
        }

        Financials toValue() {
            return new Financials(mainBusinessRevenue, otherBusinessRevenue, totalRevenue, nonTaxableIncome,
                    highTechRevenue, netAssets, totalAssets, totalCostAndExpense, monthsOperated);
        }

        public BigDecimal getMainBusinessRevenue() { return mainBusinessRevenue; }
        public void setMainBusinessRevenue(BigDecimal v) { this.mainBusinessRevenue = v; }
        public BigDecimal getOtherBusinessRevenue() { return otherBusinessRevenue; }
        public void setOtherBusinessRevenue(BigDecimal v) { this.otherBusinessRevenue = v; }
        public BigDecimal getTotalRevenue() { return totalRevenue; }
        public void setTotalRevenue(BigDecimal v) { this.totalRevenue = v; }
        public BigDecimal getNonTaxableIncome() { return nonTaxableIncome; }
        public void setNonTaxableIncome(BigDecimal v) { this.nonTaxableIncome = v; }
        public BigDecimal getHighTechRevenue() { return highTechRevenue; }
        public void setHighTechRevenue(BigDecimal v) { this.highTechRevenue = v; }
        public BigDecimal getNetAssets() { return netAssets; }
        public void setNetAssets(BigDecimal v) { this.netAssets = v; }
        public BigDecimal getTotalAssets() { return totalAssets; }
        public void setTotalAssets(BigDecimal v) { this.totalAssets = v; }
        public BigDecimal getTotalCostAndExpense() { return totalCostAndExpense; }
        public void setTotalCostAndExpense(BigDecimal v) { this.totalCostAndExpense = v; }
        public Integer getMonthsOperated() { return monthsOperated; }
        public void setMonthsOperated(Integer v) { this.monthsOperated = v; }
    }

    public static class RdSpendInput {
        private BigDecimal personnel;
        private BigDecimal directInput;
        private BigDecimal depreciationAndLongTermPrepaid;
        private BigDecimal intangibleAmortization;
        private BigDecimal design;
        private BigDecimal equipmentDebuggingAndTrial;
        private BigDecimal other;
        private BigDecimal outsourcedDomestic;
        private BigDecimal outsourcedForeign;

        static RdSpendInput of(RdSpend s) {
            RdSpendInput input = new RdSpendInput();
            input.personnel = s.personnel();
            input.directInput = s.directInput();
            input.depreciationAndLongTermPrepaid = s.depreciationAndLongTermPrepaid();
            input.intangibleAmortization = s.intangibleAmortization();
            input.design = s.design();
            input.equipmentDebuggingAndTrial = s.equipmentDebuggingAndTrial();
            input.other = s.other();
            input.outsourcedDomestic = s.outsourcedDomestic();
            input.outsourcedForeign = s.outsourcedForeign();
            return input;
        }

        RdSpend toValue() {
            return new RdSpend(personnel, directInput, depreciationAndLongTermPrepaid, intangibleAmortization, design,
                    equipmentDebuggingAndTrial, other, outsourcedDomestic, outsourcedForeign);
        }

        public BigDecimal getPersonnel() { return personnel; }
        public void setPersonnel(BigDecimal v) { this.personnel = v; }
        public BigDecimal getDirectInput() { return directInput; }
        public void setDirectInput(BigDecimal v) { this.directInput = v; }
        public BigDecimal getDepreciationAndLongTermPrepaid() { return depreciationAndLongTermPrepaid; }
        public void setDepreciationAndLongTermPrepaid(BigDecimal v) { this.depreciationAndLongTermPrepaid = v; }
        public BigDecimal getIntangibleAmortization() { return intangibleAmortization; }
        public void setIntangibleAmortization(BigDecimal v) { this.intangibleAmortization = v; }
        public BigDecimal getDesign() { return design; }
        public void setDesign(BigDecimal v) { this.design = v; }
        public BigDecimal getEquipmentDebuggingAndTrial() { return equipmentDebuggingAndTrial; }
        public void setEquipmentDebuggingAndTrial(BigDecimal v) { this.equipmentDebuggingAndTrial = v; }
        public BigDecimal getOther() { return other; }
        public void setOther(BigDecimal v) { this.other = v; }
        public BigDecimal getOutsourcedDomestic() { return outsourcedDomestic; }
        public void setOutsourcedDomestic(BigDecimal v) { this.outsourcedDomestic = v; }
        public BigDecimal getOutsourcedForeign() { return outsourcedForeign; }
        public void setOutsourcedForeign(BigDecimal v) { this.outsourcedForeign = v; }
    }

    /** Both ways of giving staff; only the chosen one is saved. Row {@code i} is month {@code i + 1}. */
    public static class StaffInput {
        private Staff.Mode mode;
        private BigDecimal averageTotal;
        private BigDecimal averageScienceAndTechnology;
        private List<MonthRow> months = twelveMonths();

        static StaffInput of(Staff s) {
            StaffInput input = new StaffInput();
            input.mode = s.mode();
            input.averageTotal = s.averageTotal();
            input.averageScienceAndTechnology = s.averageScienceAndTechnology();
            for (StaffMonth month : s.months()) {
                if (month.month() != null && month.month() >= 1 && month.month() <= MONTHS) {
                    input.months.set(month.month() - 1, MonthRow.of(month));
                }
            }
            return input;
        }

        Parsed toValue() {
            boolean monthly = mode == Staff.Mode.MONTHLY;
            boolean annual = mode == Staff.Mode.ANNUAL_AVERAGE;
            List<StaffMonth> filled = new ArrayList<>();
            List<Integer> kept = new ArrayList<>();
            for (int i = 0; i < months.size() && !annual; i++) {
                MonthRow row = months.get(i);
                if (!row.blank()) {
                    filled.add(row.toValue(i + 1));
                    kept.add(i);
                }
            }
            BigDecimal total = monthly ? null : averageTotal;
            BigDecimal st = monthly ? null : averageScienceAndTechnology;
            return new Parsed(new Staff(mode, total, st, filled), kept);
        }

        public Staff.Mode getMode() { return mode; }
        public void setMode(Staff.Mode mode) { this.mode = mode; }
        public BigDecimal getAverageTotal() { return averageTotal; }
        public void setAverageTotal(BigDecimal v) { this.averageTotal = v; }
        public BigDecimal getAverageScienceAndTechnology() { return averageScienceAndTechnology; }
        public void setAverageScienceAndTechnology(BigDecimal v) { this.averageScienceAndTechnology = v; }
        public List<MonthRow> getMonths() { return months; }
        public void setMonths(List<MonthRow> months) { this.months = months; }
    }

    public static class MonthRow {
        private Integer totalBegin;
        private Integer totalEnd;
        private Integer scienceAndTechnologyBegin;
        private Integer scienceAndTechnologyEnd;

        static MonthRow of(StaffMonth m) {
            MonthRow row = new MonthRow();
            row.totalBegin = m.totalBegin();
            row.totalEnd = m.totalEnd();
            row.scienceAndTechnologyBegin = m.scienceAndTechnologyBegin();
            row.scienceAndTechnologyEnd = m.scienceAndTechnologyEnd();
            return row;
        }

        boolean blank() {
            return totalBegin == null && totalEnd == null && scienceAndTechnologyBegin == null
                    && scienceAndTechnologyEnd == null;
        }

        StaffMonth toValue(int month) {
            return new StaffMonth(month, totalBegin, totalEnd,
                    scienceAndTechnologyBegin,
                    scienceAndTechnologyEnd);
        }

        public Integer getTotalBegin() { return totalBegin; }
        public void setTotalBegin(Integer v) { this.totalBegin = v; }
        public Integer getTotalEnd() { return totalEnd; }
        public void setTotalEnd(Integer v) { this.totalEnd = v; }
        public Integer getScienceAndTechnologyBegin() { return scienceAndTechnologyBegin; }
        public void setScienceAndTechnologyBegin(Integer v) { this.scienceAndTechnologyBegin = v; }
        public Integer getScienceAndTechnologyEnd() { return scienceAndTechnologyEnd; }
        public void setScienceAndTechnologyEnd(Integer v) { this.scienceAndTechnologyEnd = v; }
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
            return new Parsed(new Incidents(Boolean.TRUE.equals(none) ? Boolean.TRUE : null, filled), kept);
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
