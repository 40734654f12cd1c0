package cn.baiyun.hte.platform.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/**
 * How a date from outside is read, the one rule for the API and the pages: ISO {@code yyyy-MM-dd} text
 * only (a number is not a date, where Jackson would read {@code -1} as 1969-12-31), within the years a date
 * about a firm can fall in. Each field's own rules (not after today, before the visit) come on top.
 */
public final class InputDates {

    public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2100, 12, 31);
    /** The message key of a date outside {@link #FIRST}..{@link #LAST}, with those two as arguments. */
    public static final String OUT_OF_RANGE_KEY = "date.out-of-range";

    /** Strict: no 2026-02-30, no year 0, four-digit years only. */
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private InputDates() {
    }

    /** The date {@code text} spells, whether plausible or not; an exception if it is no ISO date. */
    public static LocalDate parse(String text) {
        return LocalDate.parse(text.strip(), ISO);
    }

    public static boolean plausible(LocalDate date) {
        return !date.isBefore(FIRST) && !date.isAfter(LAST);
    }

    public static String format(LocalDate date) {
        return date.format(DateTimeFormatter.ISO_LOCAL_DATE);
    }
}
