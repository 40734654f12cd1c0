package cn.baiyun.hte.filing.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.baiyun.hte.platform.error.FieldProblem;

/**
 * Collects the problems of one form or request, each against its field path, so that all of them are
 * answered at once. Message keys are the shared constraint names or {@code portfolio.*} of this feature.
 */
final class RecordChecks {

    static final int MAX_TEXT = 200;
    static final int MAX_LONG_TEXT = 2000;
    /** Far above any firm's figures, and well inside what Decimal128 stores exactly. */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");
    static final int MAX_DECIMALS = 2;

    private final List<FieldProblem> problems = new ArrayList<>();
    private final LocalDate today;

    RecordChecks(LocalDate today) {
        this.today = today;
    }

    LocalDate today() {
        return today;
    }

    RecordChecks add(String field, String messageKey, Object... args) {
        problems.add(new FieldProblem(field, messageKey, args));
        return this;
    }

    RecordChecks required(String field, Object value) {
        return value == null ? add(field, "NotNull") : this;
    }

    RecordChecks requiredText(String field, String value, int maxLength) {
        return value == null || value.isBlank() ? add(field, "NotBlank") : optionalText(field, value, maxLength);
    }

    RecordChecks optionalText(String field, String value, int maxLength) {
        return value != null && value.length() > maxLength ? add(field, "portfolio.text.too-long", maxLength) : this;
    }

    RecordChecks notInFuture(String field, LocalDate date) {
        return date != null && date.isAfter(today) ? add(field, "PastOrPresent") : this;
    }

    /** {@code later} must not be before {@code earlier}; says so against {@code field} with {@code messageKey}. */
    RecordChecks inOrder(String field, LocalDate earlier, LocalDate later, String messageKey) {
        return earlier != null && later != null && later.isBefore(earlier) ? add(field, messageKey, earlier) : this;
    }

    RecordChecks atMost(String field, List<?> items, int max) {
        return items.size() > max ? add(field, "portfolio.list.too-long", max) : this;
    }

    /** An amount in yuan: present, not negative, at most two decimals, not absurdly large. */
    RecordChecks money(String field, BigDecimal amount) {
        if (amount == null) {
            return add(field, "NotNull");
        }
        if (amount.signum() < 0) {
            return add(field, "portfolio.money.negative");
        }
        if (amount.stripTrailingZeros().scale() > MAX_DECIMALS) {
            return add(field, "portfolio.money.decimals", MAX_DECIMALS);
        }
        return amount.compareTo(MAX_AMOUNT) > 0 ? add(field, "portfolio.money.too-large") : this;
    }

    boolean has(String field) {
        return problems.stream().anyMatch(problem -> problem.field().equals(field));
    }

    List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
