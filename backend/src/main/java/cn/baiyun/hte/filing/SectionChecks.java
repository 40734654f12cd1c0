package cn.baiyun.hte.filing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.baiyun.hte.platform.error.FieldProblem;

/**
 * Collects the problems of one section under its path prefix ({@code financials.}), so that every
 * problem names the field as the API resource and the form both call it.
 */
final class SectionChecks {

    static final int MAX_TEXT = 500;

    private final String prefix;
    private final List<FieldProblem> problems;

    private SectionChecks(String prefix, List<FieldProblem> problems) {
        this.prefix = prefix;
        this.problems = problems;
    }

    static SectionChecks of(FilingSection section) {
        return new SectionChecks(section.property() + ".", new ArrayList<>());
    }

    SectionChecks nested(String path) {
        return new SectionChecks(prefix + path + ".", problems);
    }

    List<FieldProblem> problems() {
        return problems;
    }

    void add(String field, String key, Object... args) {
        problems.add(new FieldProblem(prefix + field, key, args));
    }

    /** Yuan with at most two decimals, never negative, within {@link AmountBounds#MAX_AMOUNT}. */
    void amount(String field, BigDecimal value) {
        AmountBounds.amount(prefix + field, value).ifPresent(problems::add);
    }

    /** Like {@link #amount} but allowed below zero, as net assets are. */
    void signedAmount(String field, BigDecimal value) {
        AmountBounds.signedAmount(prefix + field, value).ifPresent(problems::add);
    }

    void required(String field, Object value) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            add(field, "NotNull");
        }
    }

    void range(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            add(field, "filing.number.range", min, max);
        }
    }

    void text(String field, String value) {
        if (value != null && value.length() > MAX_TEXT) {
            add(field, "filing.text.too-long", MAX_TEXT);
        }
    }

    /** {@code part ≤ whole} when both are known; the problem goes on the part. */
    void notAbove(String field, BigDecimal part, BigDecimal whole, String key) {
        if (part != null && whole != null && part.compareTo(whole) > 0) {
            add(field, key);
        }
    }
}
