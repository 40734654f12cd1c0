package cn.baiyun.hte.assessment;

/**
 * Why a snapshot cannot be assessed: the field's path in the snapshot's JSON shape (e.g.
 * {@code fiscalYears[1].rdExpenseCny.personnel}) and a code a message bundle can translate.
 */
public record SnapshotProblem(String field, Code code) {

    public enum Code implements Coded {
        /** a value the rules need is absent */
        REQUIRED,
        /** an amount or count below zero */
        NEGATIVE,
        /** the fiscal year the rules look at is not in the snapshot */
        MISSING_FISCAL_YEAR,
        /** a value outside what it can be, e.g. 13 months operated */
        OUT_OF_RANGE,
        /** more S&T staff than staff */
        EXCEEDS_TOTAL,
        /** the income figures are of another year than the last fiscal year */
        WRONG_YEAR,
        /** registered after the assessment date */
        AFTER_ASSESSMENT_DATE
    }
}
