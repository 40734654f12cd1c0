package cn.baiyun.hte.assessment;

import java.math.BigDecimal;

/**
 * n ÷ d rounded half-up to a few decimals and without trailing zeros, worked out on the unscaled longs when
 * they are small enough, as amounts in yuan nearly always are. {@code BigDecimal.divide} with a scale followed
 * by stripping the zeros gives the same value and scale, but scales, divides and allocates at each step; the
 * engine does this for every ratio it shows, so it is a large part of an assessment's time.
 */
final class RoundedQuotient {

    /** Unscaled values of at most 18 digits: their products by 10 never overflow a long. */
    static final int MAX_DIGITS = 18;
    private static final long[] TEN_POWERS = tenPowers();
    private static final long DIGIT_LIMIT = Long.MAX_VALUE / 10 - 1;

    private RoundedQuotient() {
    }

    /** @return the tidy rounded quotient, or null when the longs do not suffice (the caller divides BigDecimals) */
    static BigDecimal of(BigDecimal numerator, BigDecimal denominator, int scale) {
        if (numerator.precision() > MAX_DIGITS || denominator.precision() > MAX_DIGITS) {
            return null;
        }
        long n = unscaled(numerator);
        long d = unscaled(denominator);
        // n·10^−ns ÷ (d·10^−ds) × 10^scale = n·10^shift ÷ d
        int shift = denominator.scale() + scale - numerator.scale();
        if (shift < 0) {
            if (-shift > MAX_DIGITS || Math.abs(d) > Long.MAX_VALUE / TEN_POWERS[-shift]) {
                return null;
            }
            d *= TEN_POWERS[-shift];
            shift = 0;
        }
        if (shift > MAX_DIGITS) {
            return null;
        }
        long q;
        long r;
        if (Math.abs(n) <= Long.MAX_VALUE / TEN_POWERS[shift]) {
            q = n * TEN_POWERS[shift] / d;
            r = n * TEN_POWERS[shift] % d;
        } else {
            // long division one decimal digit at a time: the remainder stays below d, so r × 10 fits
            if (Math.abs(d) > Long.MAX_VALUE / 10) {
                return null;
            }
            q = n / d;
            r = n % d;
            for (int i = 0; i < shift; i++) {
                if (Math.abs(q) > DIGIT_LIMIT) {
                    return null;
                }
                r *= 10;
                q = q * 10 + r / d;
                r %= d;
            }
        }
        if (Math.abs(r) >= Math.abs(d) - Math.abs(r)) {
            q += (n ^ d) < 0 ? -1 : 1;
        }
        int tidyScale = scale;
        while (tidyScale > 0 && q % 10 == 0) {
            q /= 10;
            tidyScale--;
        }
        return BigDecimal.valueOf(q, tidyScale);
    }

    /** The unscaled value of a decimal of at most {@link #MAX_DIGITS} digits. */
    static long unscaled(BigDecimal value) {
        // longValue() is free at scale 0; otherwise the unscaled BigInteger is built
        return value.scale() == 0 ? value.longValue() : value.unscaledValue().longValue();
    }

    private static long[] tenPowers() {
        long[] powers = new long[MAX_DIGITS + 1];
        powers[0] = 1;
        for (int i = 1; i < powers.length; i++) {
            powers[i] = powers[i - 1] * 10;
        }
        return powers;
    }
}
