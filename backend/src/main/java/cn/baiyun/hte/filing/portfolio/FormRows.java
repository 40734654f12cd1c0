package cn.baiyun.hte.filing.portfolio;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

import cn.baiyun.hte.platform.web.KeptRows;
import org.springframework.validation.Errors;

/**
 * The list of a record's details that its page's form shows as rows, with at least {@value #SPARE} empty
 * ones to fill in so that the form works without a script. Rows left blank are not saved, but a row with a
 * value that could not be read only looks blank, so it is kept for the rules to check the rest of it. The
 * rows typed stay where they were typed when the form is shown again, and {@link #kept} tells where each
 * saved row sits on the page, so that a problem found with the saved details lands on its row.
 *
 * @param <D> the details
 * @param <R> a row
 */
final class FormRows<D, R> {

    static final int SPARE = 2;

    private final String name;
    private final Function<D, List<R>> rows;
    private final BiFunction<D, List<R>, D> withRows;
    private final R empty;
    private final Predicate<R> blank;
    private final int spare;

    private FormRows(String name, Function<D, List<R>> rows, BiFunction<D, List<R>, D> withRows, R empty,
                     Predicate<R> blank, int spare) {
        this.name = name;
        this.rows = rows;
        this.withRows = withRows;
        this.empty = empty;
        this.blank = blank;
        this.spare = spare;
    }

    /**
     * @param name     the list's input name, {@code spendByYear}
     * @param rows     the details' list of rows
     * @param withRows the details with another list of rows
     * @param empty    a row with nothing in it
     * @param blank    whether a row has nothing typed in it
     */
    static <D, R> FormRows<D, R> of(String name, Function<D, List<R>> rows, BiFunction<D, List<R>, D> withRows,
                                    R empty, Predicate<R> blank) {
        return new FormRows<>(name, rows, withRows, empty, blank, SPARE);
    }

    /** For details without rows: shown and saved as they are. */
    static <D> FormRows<D, Object> none() {
        return new FormRows<>("", details -> List.of(), (details, rows) -> details, null, row -> false, 0);
    }

    /** The details as the form shows them: their rows in place, and the spare empty rows. */
    D withSpareRows(D details) {
        List<R> shown = new ArrayList<>(rows.apply(details));
        for (long blanks = shown.stream().filter(blank).count(); blanks < spare; blanks++) {
            shown.add(empty);
        }
        return withRows.apply(details, shown);
    }

    /** The details as saved: without the rows left blank ({@code unreadable}: the values not read). */
    D withoutBlankRows(D details, Errors unreadable) {
        List<R> posted = rows.apply(details);
        return withRows.apply(details, filled(details, unreadable).stream().map(posted::get).toList());
    }

    /** The page's row of each row of {@link #withoutBlankRows}. */
    KeptRows kept(D details, Errors unreadable) {
        return new KeptRows(filled(details, unreadable));
    }

    private List<Integer> filled(D details, Errors unreadable) {
        List<R> posted = rows.apply(details);
        List<Integer> filled = new ArrayList<>();
        for (int i = 0; i < posted.size(); i++) {
            if (!blank.test(posted.get(i)) || unreadable.hasFieldErrors(name + "[" + i + "].*")) {
                filled.add(i);
            }
        }
        return filled;
    }
}
