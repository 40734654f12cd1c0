package cn.baiyun.hte.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.baiyun.hte.assessment.SnapshotProblem.Code;

/**
 * What keeps a snapshot from being assessed: the preview API answers these as field errors, the pool records
 * them as "insufficient data". {@link HteEngine#assess} expects a snapshot without problems.
 */
public final class SnapshotCheck {

    private final List<SnapshotProblem> problems = new ArrayList<>();

    private SnapshotCheck() {
    }

    public static List<SnapshotProblem> problems(FirmSnapshot firm) {
        SnapshotCheck check = new SnapshotCheck();
        check.firm(firm);
        return List.copyOf(check.problems);
    }

    /**
     * What keeps a tech-based SME snapshot from being evaluated: amounts present and not negative, at least one
     * employee (the S&T share divides by them) and no more S&T staff than staff.
     */
    public static List<SnapshotProblem> problems(TechSmeSnapshot firm) {
        SnapshotCheck check = new SnapshotCheck();
        check.techSme(firm);
        return List.copyOf(check.problems);
    }

    private void techSme(TechSmeSnapshot firm) {
        if (firm.employees() < 1) {
            problems.add(new SnapshotProblem("employees", Code.OUT_OF_RANGE));
        }
        if (notNegative("stStaff", BigDecimal.valueOf(firm.stStaff())) && firm.stStaff() > firm.employees()) {
            problems.add(new SnapshotProblem("stStaff", Code.EXCEEDS_TOTAL));
        }
        notNegative("salesRevenueCny", firm.salesRevenueCny());
        notNegative("totalAssetsCny", firm.totalAssetsCny());
        notNegative("costAndExpenseTotalCny", firm.costAndExpenseTotalCny());
        notNegative("rdExpenseCny119Caliber", firm.rdExpenseCny119Caliber());
        notNegative("class1Ip", BigDecimal.valueOf(firm.class1Ip()));
        notNegative("class2Ip", BigDecimal.valueOf(firm.class2Ip()));
    }

    private void firm(FirmSnapshot firm) {
        // & rather than &&: a snapshot lacking both dates hears of both
        if (required("assessmentDate", firm.assessmentDate()) & required("registrationDate", firm.registrationDate())
                && firm.registrationDate().isAfter(firm.assessmentDate())) {
            problems.add(new SnapshotProblem("registrationDate", Code.AFTER_ASSESSMENT_DATE));
        }
        required("techField", firm.techField());
        for (int i = 0; i < firm.incidents().size(); i++) {
            required("incidents[" + i + "].date", firm.incidents().get(i).date());
        }
        if (firm.assessmentDate() != null) {
            fiscalYears(firm.fiscalYears(), firm.assessmentDate().getYear());
            income(firm.lastFiscalYearIncome(), firm.assessmentDate().getYear() - 1);
        }
        staff(firm.staffLastFiscalYear());
        ip(firm.ip());
        selfAssessment(firm.selfAssessment());
        firm.techTransformationsByYear().forEach((year, count) ->
                notNegative("techTransformationsByYear." + year, BigDecimal.valueOf(count)));
    }

    /** The last fiscal year is required; the years before it back to Y−3 as far as the firm operated. */
    private void fiscalYears(List<FiscalYear> years, int applicationYear) {
        Set<Integer> present = new HashSet<>();
        int earliest = applicationYear;
        for (int i = 0; i < years.size(); i++) {
            FiscalYear year = years.get(i);
            String at = "fiscalYears[" + i + "]";
            present.add(year.year());
            if (year.year() >= applicationYear - 3 && year.year() < applicationYear) {
                earliest = Math.min(earliest, year.year());
            }
            if (year.monthsOperated() < 1 || year.monthsOperated() > 12) {
                problems.add(new SnapshotProblem(at + ".monthsOperated", Code.OUT_OF_RANGE));
            }
            notNegative(at + ".mainBusinessRevenueCny", year.mainBusinessRevenueCny());
            notNegative(at + ".otherBusinessRevenueCny", year.otherBusinessRevenueCny());
            required(at + ".netAssetsYearEndCny", year.netAssetsYearEndCny());
            rdExpenses(at + ".rdExpenseCny", year.rdExpenseCny());
        }
        for (int year = Math.min(earliest, applicationYear - 1); year < applicationYear; year++) {
            if (!present.contains(year)) {
                problems.add(new SnapshotProblem("fiscalYears." + year, Code.MISSING_FISCAL_YEAR));
            }
        }
    }

    private void rdExpenses(String at, RdExpenses spend) {
        if (!required(at, spend)) {
            return;
        }
        notNegative(at + ".personnel", spend.personnel());
        notNegative(at + ".directInput", spend.directInput());
        notNegative(at + ".depreciationAndLongTermPrepaid", spend.depreciationAndLongTermPrepaid());
        notNegative(at + ".intangibleAmortization", spend.intangibleAmortization());
        notNegative(at + ".design", spend.design());
        notNegative(at + ".equipmentDebuggingAndTrial", spend.equipmentDebuggingAndTrial());
        notNegative(at + ".other", spend.other());
        notNegative(at + ".outsourcedDomesticActual", spend.outsourcedDomesticActual());
        notNegative(at + ".outsourcedForeignActual", spend.outsourcedForeignActual());
    }

    private void income(LastFiscalYearIncome income, int lastFiscalYear) {
        if (!required("lastFiscalYearIncome", income)) {
            return;
        }
        if (income.year() != lastFiscalYear) {
            problems.add(new SnapshotProblem("lastFiscalYearIncome.year", Code.WRONG_YEAR));
        }
        notNegative("lastFiscalYearIncome.totalRevenueCny", income.totalRevenueCny());
        notNegative("lastFiscalYearIncome.nonTaxableIncomeCny", income.nonTaxableIncomeCny());
        notNegative("lastFiscalYearIncome.hightechProductServiceRevenueCny", income.hightechProductServiceRevenueCny());
    }

    private void staff(StaffLastFiscalYear staff) {
        if (!required("staffLastFiscalYear", staff) || !required("staffLastFiscalYear.method", staff.method())) {
            return;
        }
        if (staff.method() == StaffMethod.ANNUAL_MONTHLY_AVERAGE) {
            boolean total = notNegative("staffLastFiscalYear.totalStaffMonthlyAverage", staff.totalStaffMonthlyAverage());
            boolean st = notNegative("staffLastFiscalYear.stStaffMonthlyAverage", staff.stStaffMonthlyAverage());
            if (total && st && staff.stStaffMonthlyAverage().compareTo(staff.totalStaffMonthlyAverage()) > 0) {
                problems.add(new SnapshotProblem("staffLastFiscalYear.stStaffMonthlyAverage", Code.EXCEEDS_TOTAL));
            }
            return;
        }
        List<MonthlyStaffCount> months = staff.months();
        if (months.isEmpty() || months.size() > 12) {
            problems.add(new SnapshotProblem("staffLastFiscalYear.months", months.isEmpty() ? Code.REQUIRED : Code.OUT_OF_RANGE));
        }
        for (int i = 0; i < months.size(); i++) {
            MonthlyStaffCount month = months.get(i);
            String at = "staffLastFiscalYear.months[" + i + "]";
            if (Math.min(Math.min(month.totalBegin(), month.totalEnd()), Math.min(month.stBegin(), month.stEnd())) < 0) {
                problems.add(new SnapshotProblem(at, Code.NEGATIVE));
            } else if (month.stBegin() > month.totalBegin() || month.stEnd() > month.totalEnd()) {
                problems.add(new SnapshotProblem(at, Code.EXCEEDS_TOTAL));
            }
        }
    }

    private void ip(IpHoldings ip) {
        if (!required("ip", ip)) {
            return;
        }
        notNegative("ip.class1Valid", BigDecimal.valueOf(ip.class1Valid()));
        notNegative("ip.class2Valid", BigDecimal.valueOf(ip.class2Valid()));
        notNegative("ip.class2PreviouslyUsedInHteApplication", BigDecimal.valueOf(ip.class2PreviouslyUsedInHteApplication()));
        notNegative("ip.pendingApplications", BigDecimal.valueOf(ip.pendingApplications()));
    }

    private void selfAssessment(SnapshotSelfAssessment self) {
        if (!required("selfAssessment", self)) {
            return;
        }
        required("selfAssessment.techAdvancementBand", self.techAdvancementBand());
        required("selfAssessment.coreSupportBand", self.coreSupportBand());
        RdManagement management = self.rdManagement();
        if (required("selfAssessment.rdManagement", management)) {
            required("selfAssessment.rdManagement.m1SystemAndLedger", management.m1SystemAndLedger());
            required("selfAssessment.rdManagement.m2RdInstitutionAndCooperation", management.m2RdInstitutionAndCooperation());
            required("selfAssessment.rdManagement.m3TransformationIncentiveAndPlatform",
                    management.m3TransformationIncentiveAndPlatform());
            required("selfAssessment.rdManagement.m4TalentTrainingAndEvaluation", management.m4TalentTrainingAndEvaluation());
        }
    }

    private boolean required(String field, Object value) {
        if (value == null) {
            problems.add(new SnapshotProblem(field, Code.REQUIRED));
            return false;
        }
        return true;
    }

    private boolean notNegative(String field, BigDecimal amount) {
        if (!required(field, amount)) {
            return false;
        }
        if (amount.signum() < 0) {
            problems.add(new SnapshotProblem(field, Code.NEGATIVE));
            return false;
        }
        return true;
    }
}
