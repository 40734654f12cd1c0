package cn.baiyun.hte.filing.portfolio;

import java.util.List;
import java.util.function.Predicate;

import org.springframework.validation.Errors;

/** The rows of a form's list: the spare blank ones are not saved. */
final class Rows {

    private Rows() {
    }

    /**
     * Removes the blank rows of list {@code name}, except those with a value that could not be read: they
     * only look blank, and their error is shown against their row's number.
     */
    static <R> void dropBlank(List<R> rows, Predicate<R> blank, String name, Errors unreadable) {
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (blank.test(rows.get(i)) && !unreadable.hasFieldErrors(name + "[" + i + "].*")) {
                rows.remove(i);
            }
        }
    }
}
