package cn.baiyun.hte.pool.run;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.baiyun.hte.assessment.FirmSnapshot;
import cn.baiyun.hte.assessment.FiscalYear;
import cn.baiyun.hte.assessment.Incident;
import cn.baiyun.hte.assessment.IpHoldings;
import cn.baiyun.hte.assessment.LastFiscalYearIncome;
import cn.baiyun.hte.assessment.MonthlyStaffCount;
import cn.baiyun.hte.assessment.RdManagement;
import cn.baiyun.hte.assessment.RdManagementLevel;
import cn.baiyun.hte.assessment.SelfAssessment;
import cn.baiyun.hte.assessment.StaffLastFiscalYear;
import cn.baiyun.hte.assessment.StaffMethod;
import cn.baiyun.hte.assessment.TechField;
import cn.baiyun.hte.enterprise.EnterpriseProfile;
import cn.baiyun.hte.filing.Filing;
import cn.baiyun.hte.filing.FilingContent;
import cn.baiyun.hte.filing.Financials;
import cn.baiyun.hte.filing.Staff;
import cn.baiyun.hte.filing.portfolio.Acquisition;
import cn.baiyun.hte.filing.portfolio.IpAsset;
import cn.baiyun.hte.filing.portfolio.IpAssetDetails;
import cn.baiyun.hte.filing.portfolio.IpClass;
import cn.baiyun.hte.filing.portfolio.IpStatus;
import cn.baiyun.hte.pool.board.MissingData;

/**
 * Turns what a firm filed into the engine's snapshot for a cycle's assessment date: the fiscal years
 * Y−3..Y−1 (fewer for a younger firm), the last year's income, staff and self-assessment, the valid IP
 * and the transformations. What is missing is listed instead, so that a firm short of data is told
 * exactly what to file rather than given a tier.
 */
public final class SnapshotAssembler {

    public static final int YEARS_CONSIDERED = 3;

    private SnapshotAssembler() {
    }

    /** A snapshot, or the list of what is missing (message keys with their argument). */
    public record Outcome(FirmSnapshot snapshot, List<MissingData> missing) {

        public boolean complete() {
            return missing.isEmpty();
        }
    }

    public static Outcome assemble(SnapshotSources sources, LocalDate assessmentDate, CountedFilings counted) {
        EnterpriseProfile profile = sources.firm().profile();
        List<MissingData> missing = new ArrayList<>();
        if (profile.registrationDate() == null) {
            missing.add(new MissingData("registrationDate", null));
        }
        if (profile.technicalField() == null) {
            missing.add(new MissingData("technicalField", null));
        }
        int lastYear = assessmentDate.getYear() - 1;
        int firstYear = profile.registrationDate() == null ? lastYear - YEARS_CONSIDERED + 1
                : Math.max(lastYear - YEARS_CONSIDERED + 1, profile.registrationDate().getYear());
        Map<Integer, FilingContent> byYear = new HashMap<>();
        sources.filings().stream().filter(counted::counts).forEach(f -> byYear.put(f.fiscalYear(), f.content()));
        for (int year = firstYear; year <= lastYear; year++) {
            if (!byYear.containsKey(year)) {
                missing.add(new MissingData("filing", String.valueOf(year)));
            }
        }
        if (!missing.isEmpty() || firstYear > lastYear) {
            return new Outcome(null, missing.isEmpty() ? List.of(new MissingData("filing", String.valueOf(lastYear))) : missing);
        }
        FilingContent last = byYear.get(lastYear);
        List<FiscalYear> years = new ArrayList<>();
        for (int year = firstYear; year <= lastYear; year++) {
            years.add(fiscalYear(year, byYear.get(year)));
        }
        Map<Integer, Integer> transformations = new HashMap<>();
        years.forEach(y -> transformations.put(y.year(), sources.transformations().in(y.year())));
        FirmSnapshot snapshot = new FirmSnapshot(assessmentDate, profile.registrationDate(),
                Boolean.TRUE.equals(profile.residentEnterprise()), Boolean.TRUE.equals(profile.industrial()),
                incidents(byYear), profile.name(), techField(profile.technicalField()), years,
                income(lastYear, last.financials()), staff(last.staff()),
                ipHoldings(sources.ipAssets(), assessmentDate, last), transformations, selfAssessment(last));
        return new Outcome(snapshot, List.of());
    }

    private static FiscalYear fiscalYear(int year, FilingContent content) {
        Financials financials = content.financials();
        return new FiscalYear(year, financials.monthsOperated(), financials.mainBusinessRevenue(),
                financials.otherBusinessRevenue(), financials.netAssets(), content.rdSpend().toExpenses());
    }

    private static LastFiscalYearIncome income(int year, Financials financials) {
        return new LastFiscalYearIncome(year, financials.totalRevenue(), financials.nonTaxableIncome(),
                financials.highTechRevenue());
    }

    private static StaffLastFiscalYear staff(Staff staff) {
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

    /** Every incident the accepted filings report; the engine keeps those inside its 365-day window. */
    private static List<Incident> incidents(Map<Integer, FilingContent> byYear) {
        return byYear.values().stream()
                .flatMap(content -> content.incidents().items().stream())
                .map(incident -> new Incident(incident.date(), incident.type().name(), incident.authority()))
                .toList();
    }

    /** The catalogue code as the profile holds it ("8.4.2"); the engine reads its second level. */
    private static TechField techField(String code) {
        String[] parts = code.split("\\.");
        String level2 = parts.length >= 2 ? parts[0] + "." + parts[1] : code;
        return new TechField(true, level2, code);
    }

    /**
     * Valid IP is granted, owned by the firm and not expired on the assessment date; pending applications
     * count only for the next year's projection.
     */
    private static IpHoldings ipHoldings(List<IpAsset> assets, LocalDate on, FilingContent last) {
        List<IpAssetDetails> valid = assets.stream().map(IpAsset::details)
                .filter(d -> d.status() == IpStatus.GRANTED && Boolean.TRUE.equals(d.ownedByFirm())
                        && (d.expiryDate() == null || !d.expiryDate().isBefore(on)))
                .toList();
        int class1 = (int) valid.stream().filter(d -> d.ipClass() == IpClass.I).count();
        int class2 = (int) valid.stream().filter(d -> d.ipClass() == IpClass.II).count();
        int class2Used = (int) valid.stream().filter(d -> d.ipClass() == IpClass.II && d.alreadyUsed()).count();
        boolean selfDeveloped = valid.stream().anyMatch(d -> d.acquisition() == Acquisition.SELF_DEVELOPED);
        int pending = (int) assets.stream().filter(a -> a.details().status() == IpStatus.PENDING).count();
        boolean standards = Optional.ofNullable(last.selfAssessment())
                .map(s -> Boolean.TRUE.equals(s.standardsParticipation())).orElse(false);
        return new IpHoldings(class1, class2, class2Used, selfDeveloped, pending, standards);
    }

    private static SelfAssessment selfAssessment(FilingContent last) {
        cn.baiyun.hte.filing.SelfAssessment own = last.selfAssessment();
        return new SelfAssessment(band(own.technologicalAdvancement()), band(own.coreSupport()),
                new RdManagement(level(own.rdManagementSystem()), level(own.researchInstitution()),
                        level(own.transformationIncentives()), level(own.talentDevelopment())));
    }

    private static cn.baiyun.hte.assessment.Band band(cn.baiyun.hte.filing.SelfAssessment.Band band) {
        return cn.baiyun.hte.assessment.Band.valueOf(band.name());
    }

    private static RdManagementLevel level(cn.baiyun.hte.filing.SelfAssessment.Practice practice) {
        return RdManagementLevel.valueOf(practice.name());
    }
}
