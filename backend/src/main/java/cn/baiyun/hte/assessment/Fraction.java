package cn.baiyun.hte.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact, unreduced ratio of two decimals. Comparisons cross-multiply, so no decision ever depends on a
 * rounded or binary floating-point value; rounding happens only for display.
 */
record Fraction(BigDecimal numerator, BigDecimal denominator) {

    static Fraction of(BigDecimal numerator, BigDecimal denominator) {
        return new Fraction(numerator, denominator);
    }

    static Fraction of(long numerator, long denominator) {
        return new Fraction(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }

    boolean defined() {
        return denominator.signum() != 0;
    }

    /** Sign of (this − value); the fraction must be defined. */
    int compareTo(BigDecimal value) {
        // n/d − v has the sign of (n − v·d)·sign(d); comparing n with v·d saves building the difference
        int sign = LongDecimals.compareToProduct(numerator, value, denominator);
        if (sign == LongDecimals.UNDECIDED) {
            sign = numerator.compareTo(value.multiply(denominator));
        }
        return sign * denominator.signum();
    }

    boolean atLeast(BigDecimal value) {
        return defined() && compareTo(value) >= 0;
    }

    boolean above(BigDecimal value) {
        return defined() && compareTo(value) > 0;
    }

    /** Half-up to {@code scale} decimals, without trailing zeros; the fraction must be defined. */
    BigDecimal rounded(int scale) {
        BigDecimal quotient = LongDecimals.rounded(numerator, denominator, scale);
        return quotient != null ? quotient : Amounts.tidy(numerator.divide(denominator, scale, RoundingMode.HALF_UP));
    }

    /** Half-up to 4 decimals for display; null when undefined. */
    BigDecimal value4dp() {
        return defined() ? rounded(4) : null;
    }

    /** How far below {@code threshold} the value is, to 4 decimals; 0 when it reaches it. */
    BigDecimal shortfall4dp(BigDecimal threshold) {
        if (atLeast(threshold)) {
            return BigDecimal.ZERO;
        }
        if (!defined()) {
            return threshold;
        }
        return new Fraction(threshold.multiply(denominator).subtract(numerator), denominator).rounded(4);
    }

    /** The same fraction with both terms {@link Amounts#tidy tidy}, as the results show them. */
    Fraction tidy() {
        BigDecimal n = Amounts.tidy(numerator);
        BigDecimal d = Amounts.tidy(denominator);
        return n == numerator && d == denominator ? this : new Fraction(n, d);
    }

    /** "numerator/denominator" exactly as computed, e.g. "20/80". */
    String exact() {
        BigDecimal n = Amounts.tidy(numerator);
        BigDecimal d = Amounts.tidy(denominator);
        if (LongDecimals.wholeLong(n) && LongDecimals.wholeLong(d)) {
            // concatenating longs writes their digits straight into the string's one array
            return n.longValue() + "/" + d.longValue();
        }
        return n.toPlainString() + "/" + d.toPlainString();
    }
}
