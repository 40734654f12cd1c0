package cn.baiyun.hte.filing;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.baiyun.hte.assessment.FiscalYear;
import cn.baiyun.hte.assessment.LastFiscalYearIncome;
import cn.baiyun.hte.assessment.MonthlyStaffCount;
import cn.baiyun.hte.assessment.RdManagement;
import cn.baiyun.hte.assessment.RdManagementLevel;
import cn.baiyun.hte.assessment.StaffLastFiscalYear;
import cn.baiyun.hte.assessment.StaffMethod;

/**
 * One fiscal year as a firm filed it, in the terms the HTE assessment counts: what other features read
 * instead of the filing document. Each figure is converted from the filing when asked for, so that a year
 * or a section an assessment does not look at costs nothing and need not be complete: ask only for the
 * sections that {@link #unfinished()} does not list.
 */
public final class FiledYear {

    private final String enterpriseId;
    private final int fiscalYear;
    private final FilingStatus status;
    private final int revision;
    private final FilingContent content;
    private final Set<FilingSection> unfinished;

    /** @param unfinished the sections not yet complete, see {@link #unfinished()} */
    public FiledYear(Filing filing, Set<FilingSection> unfinished) {
        this.enterpriseId = filing.enterpriseId();
        this.fiscalYear = filing.fiscalYear();
        this.status = filing.status();
        this.revision = filing.revision();
        this.content = filing.content();
        this.unfinished = unfinished.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(unfinished));
    }

    public String enterpriseId() {
        return enterpriseId;
    }

    public int fiscalYear() {
        return fiscalYear;
    }

    public FilingStatus status() {
        return status;
    }

    /** 1 for the first filing, one more for each amendment. */
    public int revision() {
        return revision;
    }

    /**
     * The sections not filled in completely yet, in task-list order (a returned section was complete).
     * Empty for the accepted and submitted filings read in bulk: they were complete when submitted.
     */
    public Set<FilingSection> unfinished() {
        return unfinished;
    }

    /** Revenue, net assets and R&D spend (financials, R&D spend). */
    public FiscalYear figures() {
        Financials financials = content.financials();
        return new FiscalYear(fiscalYear, financials.monthsOperated(), financials.mainBusinessRevenue(),
                financials.otherBusinessRevenue(), financials.netAssets(), content.rdSpend().toExpenses());
    }

    /** 资产总额 at the year's end, which the tech-based SME size cap reads (financials). */
    public BigDecimal totalAssets() {
        return content.financials().totalAssets();
    }

    /** 成本费用支出总额, the tech-based SME score's second R&D measure divides it (financials). */
    public BigDecimal totalCostAndExpense() {
        return content.financials().totalCostAndExpense();
    }

    /** The income that the high-tech revenue share divides (financials). */
    public LastFiscalYearIncome income() {
        Financials financials = content.financials();
        return new LastFiscalYearIncome(fiscalYear, financials.totalRevenue(), financials.nonTaxableIncome(),
                financials.highTechRevenue());
    }

    public StaffLastFiscalYear staff() {
        Staff staff = content.staff();
        if (staff.mode() == Staff.Mode.MONTHLY) {
            List<MonthlyStaffCount> months = staff.months().stream()
                    .map(m -> new MonthlyStaffCount(m.month(), m.totalBegin(), m.totalEnd(),
                            m.scienceAndTechnologyBegin(), m.scienceAndTechnologyEnd()))
                    .toList();
            return new StaffLastFiscalYear(StaffMethod.MONTHLY_COUNTS, null, null, months);
        }
        return new StaffLastFiscalYear(StaffMethod.ANNUAL_MONTHLY_AVERAGE, staff.averageTotal(),
                staff.averageScienceAndTechnology(), List.of());
    }

    /** Every incident the year reports; the engine keeps those inside its 365-day window. */
    public List<cn.baiyun.hte.assessment.SnapshotIncident> incidents() {
        return content.incidents().items().stream()
                .map(incident -> new cn.baiyun.hte.assessment.SnapshotIncident(incident.date(), incident.type().name(),
                        incident.authority()))
                .toList();
    }

    /** The firm's own estimate of the expert-judged score items. */
    public cn.baiyun.hte.assessment.SnapshotSelfAssessment selfAssessment() {
        SelfAssessment own = content.selfAssessment();
        return new cn.baiyun.hte.assessment.SnapshotSelfAssessment(band(own.technologicalAdvancement()),
                band(own.coreSupport()), new RdManagement(level(own.rdManagementSystem()),
                level(own.researchInstitution()), level(own.transformationIncentives()),
                level(own.talentDevelopment())));
    }

    /** Whether the firm took part in drafting a recognised standard; no if the self-assessment is not filed. */
    public boolean standardsParticipation() {
        return content.selfAssessment() != null
                && Boolean.TRUE.equals(content.selfAssessment().standardsParticipation());
    }

    private static cn.baiyun.hte.assessment.Band band(SelfAssessment.Band band) {
        return cn.baiyun.hte.assessment.Band.valueOf(band.name());
    }

    private static RdManagementLevel level(SelfAssessment.Practice practice) {
        return RdManagementLevel.valueOf(practice.name());
    }
}
