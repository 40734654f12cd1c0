package cn.baiyun.hte.subsidy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.baiyun.hte.platform.error.FieldProblem;

/** What a schedule row must be: a year of the programme, an event, positive yuan amounts, the source named. */
final class RateRules {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;
    static final int MAX_SOURCE = 200;
    /** A billion yuan: above any district subsidy, low enough to catch a mistyped figure. */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");

    private RateRules() {
    }

    static RateDetails normalized(RateDetails d) {
        String source = d.sourceDocument() == null || d.sourceDocument().isBlank() ? null : d.sourceDocument().strip();
        return new RateDetails(d.year(), d.event(), d.amount(), d.cap(), source);
    }

    static List<FieldProblem> problems(RateDetails d) {
        List<FieldProblem> problems = new ArrayList<>();
        if (d.year() == null) {
            problems.add(new FieldProblem("year", "NotNull"));
        } else if (d.year() < FIRST_YEAR || d.year() > LAST_YEAR) {
            problems.add(new FieldProblem("year", "subsidy.year.range", FIRST_YEAR, LAST_YEAR));
        }
        if (d.event() == null) {
            problems.add(new FieldProblem("event", "NotNull"));
        }
        if (d.amount() == null) {
            problems.add(new FieldProblem("amount", "NotNull"));
        } else {
            amount(problems, "amount", d.amount());
        }
        if (d.cap() != null) {
            amount(problems, "cap", d.cap());
            if (d.amount() != null && d.cap().compareTo(d.amount()) < 0) {
                problems.add(new FieldProblem("cap", "subsidy.cap.below-amount"));
            }
        }
        if (d.sourceDocument() == null) {
            problems.add(new FieldProblem("sourceDocument", "NotBlank"));
        } else if (d.sourceDocument().length() > MAX_SOURCE) {
            problems.add(new FieldProblem("sourceDocument", "subsidy.text.too-long", MAX_SOURCE));
        }
        return problems;
    }

    private static void amount(List<FieldProblem> problems, String field, BigDecimal value) {
        if (value.signum() <= 0 || value.compareTo(MAX_AMOUNT) > 0) {
            problems.add(new FieldProblem(field, "subsidy.amount.range", MAX_AMOUNT));
        } else if (value.stripTrailingZeros().scale() > 2) {
            problems.add(new FieldProblem(field, "subsidy.amount.cents"));
        }
    }
}
