package cn.baiyun.hte.pool;

import java.util.ArrayList;
import java.util.List;

import cn.baiyun.hte.assessment.FirmSnapshot;
import cn.baiyun.hte.assessment.FiscalYear;
import cn.baiyun.hte.platform.error.FieldProblem;

/**
 * What a snapshot posted for a preview must hold before the engine reads it: the engine trusts its input,
 * so every value it needs is checked here, against the JSON path the client wrote it at.
 */
final class SnapshotValidator {

    private SnapshotValidator() {
    }

    static List<FieldProblem> validate(FirmSnapshot snapshot) {
        List<FieldProblem> problems = new ArrayList<>();
        required(problems, "assessmentDate", snapshot.assessmentDate());
        required(problems, "registrationDate", snapshot.registrationDate());
        required(problems, "techField", snapshot.techField());
        required(problems, "lastFiscalYearIncome", snapshot.lastFiscalYearIncome());
        required(problems, "staffLastFiscalYear", snapshot.staffLastFiscalYear());
        required(problems, "ip", snapshot.ip());
        required(problems, "selfAssessment", snapshot.selfAssessment());
        if (snapshot.fiscalYears().isEmpty()) {
            problems.add(new FieldProblem("fiscalYears", "NotNull"));
        }
        for (int i = 0; i < snapshot.fiscalYears().size(); i++) {
            FiscalYear year = snapshot.fiscalYears().get(i);
            String path = "fiscalYears[" + i + "].";
            required(problems, path + "mainBusinessRevenueCny", year.mainBusinessRevenueCny());
            required(problems, path + "otherBusinessRevenueCny", year.otherBusinessRevenueCny());
            required(problems, path + "netAssetsYearEndCny", year.netAssetsYearEndCny());
            required(problems, path + "rdExpenseCny", year.rdExpenseCny());
        }
        var income = snapshot.lastFiscalYearIncome();
        if (income != null) {
            required(problems, "lastFiscalYearIncome.totalRevenueCny", income.totalRevenueCny());
            required(problems, "lastFiscalYearIncome.nonTaxableIncomeCny", income.nonTaxableIncomeCny());
            required(problems, "lastFiscalYearIncome.hightechProductServiceRevenueCny",
                    income.hightechProductServiceRevenueCny());
        }
        var staff = snapshot.staffLastFiscalYear();
        if (staff != null) {
            required(problems, "staffLastFiscalYear.method", staff.method());
        }
        var self = snapshot.selfAssessment();
        if (self != null) {
            required(problems, "selfAssessment.techAdvancementBand", self.techAdvancementBand());
            required(problems, "selfAssessment.coreSupportBand", self.coreSupportBand());
            required(problems, "selfAssessment.rdManagement", self.rdManagement());
        }
        return problems;
    }

    private static void required(List<FieldProblem> problems, String field, Object value) {
        if (value == null) {
            problems.add(new FieldProblem(field, "NotNull"));
        }
    }
}
