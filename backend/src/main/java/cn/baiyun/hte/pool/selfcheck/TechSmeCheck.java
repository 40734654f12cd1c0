package cn.baiyun.hte.pool.selfcheck;

import java.time.LocalDate;
import java.util.List;

import cn.baiyun.hte.assessment.TechSmeEvaluation;
import cn.baiyun.hte.assessment.TechSmeEvaluator;
import cn.baiyun.hte.assessment.TechSmeSnapshot;
import cn.baiyun.hte.enterprise.Enterprise;
import cn.baiyun.hte.enterprise.HteCertificate;
import cn.baiyun.hte.platform.error.FieldProblem;

/**
 * A firm's own tech-based SME evaluation (科技型中小企业, hte-rules.md §4) as of today, from the latest revision
 * of the last fiscal year's filing whatever its status: the evaluation, or what is missing before there
 * can be one.
 *
 * @param yearUsed    the filing the figures came from; null when missing
 * @param missing     what the firm must still provide; empty when evaluated
 * @param snapshot    null when something is missing
 * @param certificate the firm's HTE certificate, the one direct route the portal records; may be null
 */
record TechSmeCheck(Enterprise firm, LocalDate today, SelfCheck.YearUsed yearUsed, List<SelfCheck.Missing> missing,
                    TechSmeSnapshot snapshot, TechSmeEvaluation evaluation, HteCertificate certificate)
        implements WhatIfPage.Check {

    public boolean evaluated() {
        return evaluation != null;
    }

    @Override
    public boolean made() {
        return evaluated();
    }

    /** The filing used, as a list of one or none: the self-check pages list the filings they read alike. */
    public List<SelfCheck.YearUsed> yearsUsed() {
        return yearUsed == null ? List.of() : List.of(yearUsed);
    }

    public boolean onlyAcceptedFilings() {
        return yearUsed == null || yearUsed.countsForTheBureau();
    }

    public int dataYear() {
        return today.getYear() - 1;
    }

    /** The same firm with the figures of the what-if, or the problems with what was typed. */
    record WhatIf(TechSmeSnapshot snapshot, TechSmeEvaluation evaluation, List<FieldProblem> problems)
            implements WhatIfPage.Outcome {
    }

    WhatIf project(TechSmeWhatIf typed, TechSmeEvaluator evaluator) {
        var problems = typed.problems();
        if (!problems.isEmpty()) {
            return new WhatIf(null, null, problems);
        }
        TechSmeSnapshot projected = typed.over(snapshot);
        var invalid = TechSmeWhatIf.problems(projected);
        if (!invalid.isEmpty()) {
            return new WhatIf(null, null, invalid);
        }
        return new WhatIf(projected, evaluator.evaluate(projected), List.of());
    }
}
