package cn.baiyun.hte.platform.web;

import java.text.ParseException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.format.Formatter;

/**
 * Counts (staff, months, years) typed on the pages the same way as amounts ({@link YuanFormatter}):
 * separators dropped, full-width digits read; a count must be whole. Shown back plain, so that a year
 * stays {@code 2025}.
 */
public final class WholeNumberFormatter implements Formatter<Integer> {

    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,9}");

    @Override
    public Integer parse(String text, Locale locale) throws ParseException {
        String plain = YuanFormatter.plain(text);
        if (!WHOLE.matcher(plain).matches()) {
            throw new ParseException(text, 0);
        }
        return Integer.valueOf(plain);
    }

    @Override
    public String print(Integer count, Locale locale) {
        return count.toString();
    }
}
