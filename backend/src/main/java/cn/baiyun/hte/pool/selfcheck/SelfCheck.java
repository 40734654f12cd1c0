package cn.baiyun.hte.pool.selfcheck;

import java.util.List;

import cn.baiyun.hte.assessment.Assessment;
import cn.baiyun.hte.assessment.FirmSnapshot;
import cn.baiyun.hte.assessment.HteEngine;
import cn.baiyun.hte.enterprise.Enterprise;
import cn.baiyun.hte.filing.FilingStatus;
import cn.baiyun.hte.platform.error.FieldProblem;

/**
 * A firm's own check of where it stands if the bureau assessed it today, from the latest revision of
 * each filing whatever its status: either the assessment, or what is missing before there can be one.
 *
 * @param yearsUsed   which filing (status, revision) each fiscal year of the snapshot came from
 * @param missing     what the firm must still provide; empty when assessed
 * @param snapshot    null when something is missing
 * @param today       null when something is missing
 * @param pending     pending applications that the what-if may grant, by kind
 * @param transformationsThisYear achievements transformed so far in the fiscal year in progress
 */
record SelfCheck(Enterprise firm, List<YearUsed> yearsUsed, List<Missing> missing, FirmSnapshot snapshot,
                 Assessment today, PendingIp pending, int transformationsThisYear) implements WhatIfPage.Check {

    /** The filing a fiscal year was read from; only accepted ones count when the bureau assesses. */
    record YearUsed(int fiscalYear, FilingStatus status, int revision) {

        public boolean countsForTheBureau() {
            return status == FilingStatus.ACCEPTED;
        }
    }

    /**
     * Something to provide, with the page where the firm provides it.
     *
     * @param item {@code registrationDate}, {@code technicalField}, {@code filing} (argument: the year),
     *             {@code section} (arguments: the year and the section's key) or {@code invalid} (the field)
     */
    record Missing(String item, List<String> arguments, String link) {
    }

    /**
     * Pending applications by the class they take when granted: invention patents and the other Class I
     * kinds, and Class II (utility models, designs, software copyrights); trademarks never count.
     */
    record PendingIp(int inventions, int other) {
    }

    /** The same day next year with the what-if figures, or the problems with what was typed. */
    record WhatIf(SelfCheckProjection.Figures figures, FirmSnapshot snapshot, Assessment projected,
                  List<FieldProblem> problems) implements WhatIfPage.Outcome {
    }

    public boolean assessed() {
        return today != null;
    }

    @Override
    public boolean made() {
        return assessed();
    }

    public boolean onlyAcceptedFilings() {
        return yearsUsed.stream().allMatch(YearUsed::countsForTheBureau);
    }

    /** Last year's figures, which the what-if form starts from. */
    SelfCheckProjection.Figures lastYear() {
        return SelfCheckProjection.Figures.lastYear(snapshot, today, transformationsThisYear);
    }

    WhatIf project(SelfCheckWhatIf typed, HteEngine engine) {
        SelfCheckProjection.Figures last = lastYear();
        List<FieldProblem> problems = typed.problems(pending.inventions(), pending.other(), last.stStaff(),
                last.totalStaff());
        if (!problems.isEmpty()) {
            return new WhatIf(null, null, null, problems);
        }
        SelfCheckProjection.Figures figures = last.with(typed);
        FirmSnapshot next = SelfCheckProjection.nextYear(snapshot, figures);
        return new WhatIf(figures, next, engine.assess(next), List.of());
    }
}
