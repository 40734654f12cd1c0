package cn.baiyun.hte.pool.run;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.baiyun.hte.assessment.FirmSnapshot;
import cn.baiyun.hte.assessment.FiscalYear;
import cn.baiyun.hte.assessment.SnapshotIncident;
import cn.baiyun.hte.assessment.IpHoldings;
import cn.baiyun.hte.assessment.TechField;
import cn.baiyun.hte.enterprise.EnterpriseProfile;
import cn.baiyun.hte.filing.FiledYear;
import cn.baiyun.hte.filing.portfolio.IpClass;
import cn.baiyun.hte.filing.portfolio.IpRight;
import cn.baiyun.hte.pool.board.MissingData;

/**
 * Turns what a firm filed into the engine's snapshot for a cycle's assessment date: the fiscal years
 * Y−3..Y−1 (fewer for a younger firm), the last year's income, staff and self-assessment, the valid IP
 * and the transformations. What is missing is listed instead, so that a firm short of data is told
 * exactly what to file rather than given a tier. Every fiscal year it is given counts: the caller chooses
 * them.
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

    public static Outcome assemble(SnapshotSources sources, LocalDate assessmentDate) {
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
        Map<Integer, FiledYear> byYear = new HashMap<>();
        sources.filedYears().forEach(filed -> byYear.put(filed.fiscalYear(), filed));
        for (int year = firstYear; year <= lastYear; year++) {
            if (!byYear.containsKey(year)) {
                missing.add(new MissingData("filing", String.valueOf(year)));
            }
        }
        if (!missing.isEmpty() || firstYear > lastYear) {
            return new Outcome(null, missing.isEmpty() ? List.of(new MissingData("filing", String.valueOf(lastYear))) : missing);
        }
        FiledYear last = byYear.get(lastYear);
        List<FiscalYear> years = new ArrayList<>();
        for (int year = firstYear; year <= lastYear; year++) {
            years.add(byYear.get(year).figures());
        }
        Map<Integer, Integer> transformations = new HashMap<>();
        years.forEach(y -> transformations.put(y.year(), sources.transformations().in(y.year())));
        FirmSnapshot snapshot = new FirmSnapshot(assessmentDate, profile.registrationDate(),
                Boolean.TRUE.equals(profile.residentEnterprise()), Boolean.TRUE.equals(profile.industrial()),
                incidents(byYear), profile.name(), techField(profile.technicalField()), years, last.income(),
                last.staff(), ipHoldings(sources.ipRights(), assessmentDate, last), transformations,
                last.selfAssessment());
        return new Outcome(snapshot, List.of());
    }

    /** Every incident the filed years report; the engine keeps those inside its 365-day window. */
    private static List<SnapshotIncident> incidents(Map<Integer, FiledYear> byYear) {
        return byYear.values().stream().flatMap(filed -> filed.incidents().stream()).toList();
    }

    /** The catalogue code as the profile holds it ("8.4.2"); the engine reads its second level. */
    private static TechField techField(String code) {
        String[] parts = code.split("\\.");
        String level2 = parts.length >= 2 ? parts[0] + "." + parts[1] : code;
        return new TechField(true, level2, code);
    }

    /** Valid IP on the assessment date; pending applications count only for the next year's projection. */
    private static IpHoldings ipHoldings(List<IpRight> rights, LocalDate on, FiledYear last) {
        List<IpRight> valid = rights.stream().filter(right -> right.validOn(on)).toList();
        int class1 = (int) valid.stream().filter(r -> r.ipClass() == IpClass.I).count();
        int class2 = (int) valid.stream().filter(r -> r.ipClass() == IpClass.II).count();
        int class2Used = (int) valid.stream().filter(r -> r.ipClass() == IpClass.II && r.usedBefore()).count();
        boolean selfDeveloped = valid.stream().anyMatch(IpRight::selfDeveloped);
        int pending = (int) rights.stream().filter(IpRight::pending).count();
        return new IpHoldings(class1, class2, class2Used, selfDeveloped, pending, last.standardsParticipation());
    }
}
