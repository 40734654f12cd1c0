package cn.baiyun.hte.filing;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import cn.baiyun.hte.platform.error.FieldProblem;

/**
 * Numbers as people type them on the filing pages: thousands separators and spaces are allowed and
 * dropped; anything else that is not a plain decimal becomes a problem on its field, so that a slip of
 * the keyboard is an inline message, never an error page. Range and decimals are the validator's job.
 */
final class TypedNumbers {

    /** ASCII and full-width commas, ordinary, no-break, thin and ideographic spaces. */
    private static final Pattern SEPARATORS = Pattern.compile("[,\uFF0C\\s\u00A0\u2009\u202F\u3000]");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,9}");

    private final List<FieldProblem> problems = new ArrayList<>();

    BigDecimal amount(String path, String typed) {
        String text = clean(typed);
        if (text == null) {
            return null;
        }
        if (!DECIMAL.matcher(text).matches()) {
            problems.add(new FieldProblem(path, "filing.page.not-a-number"));
            return null;
        }
        return new BigDecimal(text);
    }

    Integer count(String path, String typed) {
        String text = clean(typed);
        if (text == null) {
            return null;
        }
        if (!WHOLE.matcher(text).matches()) {
            problems.add(new FieldProblem(path, "filing.page.not-a-whole-number"));
            return null;
        }
        return Integer.valueOf(text);
    }

    List<FieldProblem> problems() {
        return problems;
    }

    /** An amount as the form shows it back: with thousands separators, and fen only when there are any. */
    static String text(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        return format(amount.stripTrailingZeros().scale() > 0 ? "#,##0.00" : "#,##0", amount);
    }

    static String text(Integer count) {
        return count == null ? null : String.valueOf(count);
    }

    /**
     * Yuan for reading: thousands separators, at least two decimals and as many more as the exact value
     * has (counted R&D has up to four). The live figures in {@code filing-figures.js} use the same format.
     */
    static String yuan(BigDecimal amount) {
        return amount == null ? null : format("#,##0.00##", amount);
    }

    private static String format(String pattern, BigDecimal amount) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
    }

    private static String clean(String typed) {
        if (typed == null) {
            return null;
        }
        String text = SEPARATORS.matcher(typed).replaceAll("");
        return text.isEmpty() ? null : text;
    }
}
