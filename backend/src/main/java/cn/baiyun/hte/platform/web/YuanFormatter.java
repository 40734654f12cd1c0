package cn.baiyun.hte.platform.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParseException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.format.Formatter;

/**
 * Amounts as people type them on every page: thousands separators (ASCII or full-width commas, spaces)
 * are dropped, full-width digits read as digits, and the rest must be a plain decimal, read exactly
 * (never through a double). Anything else fails the field's binding, which the page shows as the
 * field's message ({@code typeMismatch.java.math.BigDecimal}) with what was typed. Shown back with
 * thousands separators, and fen only when there are any.
 */
public final class YuanFormatter implements Formatter<BigDecimal> {

    /** ASCII and full-width commas, ordinary, no-break, thin and ideographic spaces. */
    private static final Pattern SEPARATORS = Pattern.compile("[,\uFF0C\\s\u00A0\u2009\u202F\u3000]");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final char FULL_WIDTH_ZERO = '\uFF10';

    @Override
    public BigDecimal parse(String text, Locale locale) throws ParseException {
        String plain = plain(text);
        if (!DECIMAL.matcher(plain).matches()) {
            throw new ParseException(text, 0);
        }
        return new BigDecimal(plain);
    }

    @Override
    public String print(BigDecimal amount, Locale locale) {
        String pattern = amount.stripTrailingZeros().scale() > 0 ? "#,##0.00" : "#,##0";
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
    }

    /** The typed text without separators, in ASCII digits, signs and point. */
    static String plain(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (char c : SEPARATORS.matcher(text).replaceAll("").toCharArray()) {
            if (c >= FULL_WIDTH_ZERO && c <= FULL_WIDTH_ZERO + 9) {
                plain.append((char) ('0' + (c - FULL_WIDTH_ZERO)));
            } else {
                plain.append(switch (c) {
                    case '\uFF0E' -> '.';
                    case '\uFF0B' -> '+';
                    case '\uFF0D', '\u2212' -> '-';
                    default -> c;
                });
            }
        }
        return plain.toString();
    }
}
