package cn.baiyun.hte.filing.portfolio;

import java.util.function.UnaryOperator;

import cn.baiyun.hte.platform.error.FieldProblem;
import org.springframework.validation.Errors;

/** A page form that edits the details {@code D} of one record, carrying the version it started from. */
interface DetailsForm<D> {

    /**
     * The details typed, without the blank rows of a list (spare rows the page offers). {@code unreadable}
     * are the values that could not be read: a row that holds one is no blank row, so that its problem is
     * shown with the others.
     */
    Typed<D> typed(Errors unreadable);

    Long getVersion();

    /**
     * Details as typed, and where each of their problems is on the page, which shows the rows as posted:
     * a row's place in the details differs from its place on the page when a row above it was left blank.
     */
    record Typed<D>(D details, UnaryOperator<FieldProblem> onPage) {

        static <D> Typed<D> withoutRows(D details) {
            return new Typed<>(details, UnaryOperator.identity());
        }
    }
}
