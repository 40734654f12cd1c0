package cn.baiyun.hte.pool.cycle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.baiyun.hte.platform.error.FieldProblem;
import org.springframework.stereotype.Component;

/** A cycle's dates must all be given, lie in its year, and come in the order the programme runs. */
@Component
class CycleValidator {

    static final int FIRST_YEAR = 2020;

    private final Clock clock;

    CycleValidator(Clock clock) {
        this.clock = clock;
    }

    List<FieldProblem> validate(Integer year, CycleDates dates) {
        List<FieldProblem> problems = new ArrayList<>();
        int lastYear = LocalDate.now(clock).getYear() + 1;
        if (year == null) {
            problems.add(new FieldProblem("year", "NotNull"));
        } else if (year < FIRST_YEAR || year > lastYear) {
            problems.add(new FieldProblem("year", "pool.cycle.year.range", String.valueOf(FIRST_YEAR),
                    String.valueOf(lastYear)));
        }
        if (dates == null) {
            problems.add(new FieldProblem("dates", "NotNull"));
            return problems;
        }
        inYear(problems, "dates.assessmentDate", dates.assessmentDate(), year);
        inYear(problems, "dates.filingOpens", dates.filingOpens(), year);
        inYear(problems, "dates.filingCloses", dates.filingCloses(), year);
        inYear(problems, "dates.adjustmentDeadline", dates.adjustmentDeadline(), year);
        inYear(problems, "dates.recommendationDeadline", dates.recommendationDeadline(), year);
        notBefore(problems, "dates.filingCloses", dates.filingCloses(), dates.filingOpens());
        notBefore(problems, "dates.assessmentDate", dates.assessmentDate(), dates.filingCloses());
        notBefore(problems, "dates.adjustmentDeadline", dates.adjustmentDeadline(), dates.assessmentDate());
        notBefore(problems, "dates.recommendationDeadline", dates.recommendationDeadline(), dates.adjustmentDeadline());
        return problems;
    }

    private static void inYear(List<FieldProblem> problems, String field, LocalDate date, Integer year) {
        if (date == null) {
            problems.add(new FieldProblem(field, "NotNull"));
        } else if (year != null && date.getYear() != year) {
            problems.add(new FieldProblem(field, "pool.cycle.date.in-year", String.valueOf(year)));
        }
    }

    /** Only for a date that is otherwise right: one message a field, the most basic one first. */
    private static void notBefore(List<FieldProblem> problems, String field, LocalDate later, LocalDate earlier) {
        boolean alreadyWrong = problems.stream().anyMatch(problem -> problem.field().equals(field));
        if (!alreadyWrong && later != null && earlier != null && later.isBefore(earlier)) {
            problems.add(new FieldProblem(field, "pool.cycle.date.order"));
        }
    }
}
