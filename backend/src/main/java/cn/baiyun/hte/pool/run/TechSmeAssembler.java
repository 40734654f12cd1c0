package cn.baiyun.hte.pool.run;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.baiyun.hte.assessment.DirectQualification;
import cn.baiyun.hte.assessment.FiscalYear;
import cn.baiyun.hte.assessment.SnapshotCheck;
import cn.baiyun.hte.assessment.StaffHeads;
import cn.baiyun.hte.assessment.SuperDeductionRd;
import cn.baiyun.hte.assessment.TechSmeSnapshot;
import cn.baiyun.hte.enterprise.EnterpriseProfile;
import cn.baiyun.hte.enterprise.HteCertificate;
import cn.baiyun.hte.filing.FiledYear;
import cn.baiyun.hte.filing.portfolio.IpClass;
import cn.baiyun.hte.filing.portfolio.IpRight;
import cn.baiyun.hte.pool.board.MissingData;

/**
 * Turns what a firm filed into the tech-based SME snapshot (hte-rules.md §4) for an evaluation date: the
 * figures of the fiscal year before it (the information form carries previous-year figures, §4.4), the IP
 * valid on the date, the incidents of that year and the current one, and the HTE certificate as the only
 * direct route the portal records. The portal records no prohibited industry, research misconduct,
 * national award, provincial R&D institution or standard the firm led: they count as absent, and the pages
 * say so. The R&D is estimated on the super-deduction scope ({@link SuperDeductionRd}).
 */
public final class TechSmeAssembler {

    private TechSmeAssembler() {
    }

    /** A snapshot, or what is missing (the last fiscal year's filing, or a figure that cannot be evaluated). */
    public record Outcome(TechSmeSnapshot snapshot, List<MissingData> missing) {

        public boolean complete() {
            return missing.isEmpty();
        }
    }

    public static Outcome assemble(SnapshotSources sources, LocalDate on) {
        int dataYear = on.getYear() - 1;
        Optional<FiledYear> filed = sources.filedYears().stream().filter(y -> y.fiscalYear() == dataYear).findFirst();
        if (filed.isEmpty()) {
            return new Outcome(null, List.of(new MissingData("filing", String.valueOf(dataYear))));
        }
        FiledYear last = filed.get();
        FiscalYear figures = last.figures();
        StaffHeads heads = StaffHeads.of(last.staff());
        List<IpRight> valid = sources.ipRights().stream().filter(right -> right.validOn(on)).toList();
        EnterpriseProfile profile = sources.firm().profile();
        TechSmeSnapshot snapshot = new TechSmeSnapshot(on.getYear(), dataYear,
                Boolean.TRUE.equals(profile.residentEnterprise()), heads.total(), heads.st(), figures.salesRevenue(),
                last.totalAssets(), last.totalCostAndExpense(), SuperDeductionRd.of(figures.rdExpenseCny()),
                (int) valid.stream().filter(right -> right.ipClass() == IpClass.I).count(),
                (int) valid.stream().filter(right -> right.ipClass() == IpClass.II).count(), false,
                incidentSince(sources.filedYears(), dataYear, on),
                new DirectQualification(validOn(profile.hteCertificate(), on), false, false, false));
        List<MissingData> invalid = SnapshotCheck.problems(snapshot).stream()
                .map(problem -> new MissingData("invalid", problem.field())).toList();
        return invalid.isEmpty() ? new Outcome(snapshot, List.of()) : new Outcome(null, invalid);
    }

    /** 第六条(四): an incident in the previous year or the current one up to the date. */
    private static boolean incidentSince(List<FiledYear> years, int dataYear, LocalDate on) {
        return years.stream().flatMap(year -> year.incidents().stream())
                .anyMatch(incident -> incident.date() != null && incident.date().getYear() >= dataYear
                        && !incident.date().isAfter(on));
    }

    private static boolean validOn(HteCertificate certificate, LocalDate on) {
        return certificate != null && certificate.issueDate() != null && !certificate.issueDate().isAfter(on)
                && !certificate.validUntil().isBefore(on);
    }
}
