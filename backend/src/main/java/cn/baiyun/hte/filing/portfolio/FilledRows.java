package cn.baiyun.hte.filing.portfolio;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.web.KeptRows;
import org.springframework.validation.Errors;

/**
 * The rows of a form's list that were filled in: blank ones (the spare rows the page offers) are not
 * saved, but a row with a value that could not be read only looks blank. Moves a problem of the saved
 * rows to the row on the page.
 */
final class FilledRows<R> {

    private final String name;
    private final List<R> rows = new ArrayList<>();
    private final KeptRows kept;

    /** @param name the list's input name, {@code spendByYear} */
    FilledRows(String name, List<R> posted, Predicate<R> blank, Errors unreadable) {
        this.name = name;
        List<Integer> onPage = new ArrayList<>();
        for (int i = 0; i < posted.size(); i++) {
            if (!blank.test(posted.get(i)) || unreadable.hasFieldErrors(name + "[" + i + "].*")) {
                rows.add(posted.get(i));
                onPage.add(i);
            }
        }
        this.kept = new KeptRows(onPage);
    }

    <T> List<T> map(Function<R, T> saved) {
        return rows.stream().map(saved).toList();
    }

    /** The problem's path on the page; problems of the form's other fields and lists are left as they are. */
    FieldProblem onPage(FieldProblem problem) {
        return problem.field().startsWith(name + "[") ? kept.onPage(problem) : problem;
    }
}
