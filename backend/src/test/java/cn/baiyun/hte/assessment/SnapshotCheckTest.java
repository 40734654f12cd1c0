package cn.baiyun.hte.assessment;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import cn.baiyun.hte.assessment.SnapshotProblem.Code;

import static org.assertj.core.api.Assertions.assertThat;

class SnapshotCheckTest {

    @Test
    void everyWorkedExampleCanBeAssessed() {
        WorkedExamples.hteCases().forEach(example ->
                assertThat(SnapshotCheck.problems(WorkedExamples.snapshot(example.get("inputs"))))
                        .as(example.get("id").asString()).isEmpty());
    }

    @Test
    void namesEachFieldThatKeepsTheSnapshotFromBeingAssessed() {
        ObjectNode inputs = WorkedExamples.inputsOf("C01");
        ((ArrayNode) inputs.get("fiscal_years")).remove(1);
        ((ObjectNode) inputs.get("fiscal_years").get(0)).put("months_operated", 13);
        ((ObjectNode) inputs.get("fiscal_years").get(1).get("rd_expense_cny")).put("design", -1);
        ((ObjectNode) inputs.get("last_fiscal_year_income")).put("year", 2024);
        ((ObjectNode) inputs.get("staff_last_fiscal_year")).put("st_staff_monthly_average", 81);
        inputs.remove("self_assessment");

        assertThat(SnapshotCheck.problems(WorkedExamples.snapshot(inputs))).containsExactlyInAnyOrder(
                new SnapshotProblem("fiscalYears.2024", Code.MISSING_FISCAL_YEAR),
                new SnapshotProblem("fiscalYears[0].monthsOperated", Code.OUT_OF_RANGE),
                new SnapshotProblem("fiscalYears[1].rdExpenseCny.design", Code.NEGATIVE),
                new SnapshotProblem("lastFiscalYearIncome.year", Code.WRONG_YEAR),
                new SnapshotProblem("staffLastFiscalYear.stStaffMonthlyAverage", Code.EXCEEDS_TOTAL),
                new SnapshotProblem("selfAssessment", Code.REQUIRED));
    }

    @Test
    void withoutTheLastFiscalYearThatYearIsMissing() {
        ObjectNode inputs = WorkedExamples.inputsOf("C13");
        ((ObjectNode) inputs.get("fiscal_years").get(0)).put("year", 2024);

        assertThat(SnapshotCheck.problems(WorkedExamples.snapshot(inputs)))
                .contains(new SnapshotProblem("fiscalYears.2025", Code.MISSING_FISCAL_YEAR));
    }
}
