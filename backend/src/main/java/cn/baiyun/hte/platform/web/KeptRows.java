package cn.baiyun.hte.platform.web;

import java.util.List;

import cn.baiyun.hte.platform.error.FieldProblem;

/**
 * Which rows of a form's list were kept in the value it saves: blank rows are left out, so a row's place
 * in the value differs from its place on the page. Moves a problem's path from the one to the other
 * ({@code contacts[0].email} of the value is {@code contacts[1].email} on a page whose first row was left
 * empty), for the first list in the path: the forms have one list of rows each.
 *
 * @param rows the page's row of each of the value's rows, in order
 */
public record KeptRows(List<Integer> rows) {

    public KeptRows {
        rows = List.copyOf(rows);
    }

    public FieldProblem onPage(FieldProblem problem) {
        String field = problem.field();
        int open = field.indexOf('[');
        int close = field.indexOf(']');
        if (open < 0 || close < open) {
            return problem;
        }
        int index = Integer.parseInt(field.substring(open + 1, close));
        int row = index < rows.size() ? rows.get(index) : index;
        return new FieldProblem(field.substring(0, open + 1) + row + field.substring(close), problem.messageKey(),
                problem.args());
    }
}
