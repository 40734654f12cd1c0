package cn.baiyun.hte.assessment;

import java.math.BigDecimal;

/**
 * Exact decimal arithmetic on the unscaled longs, for values small enough, as amounts in yuan nearly always
 * are; each method says when the longs do not suffice and the caller falls back on BigDecimal. The engine
 * rounds and compares a ratio for every condition it shows: BigDecimal scales, divides and allocates at each
 * step of these, which made them a large part of an assessment's time.
 */
final class LongDecimals {

    /** Unscaled values of at most 18 digits fit a long with room for a digit more. */
    static final int MAX_DIGITS = 18;
    private static final long[] TEN_POWERS = tenPowers();
    private static final long DIGIT_LIMIT = Long.MAX_VALUE / 10 - 1;

    /** What {@link #compareToProduct} answers when the longs do not suffice. */
    static final int UNDECIDED = 2;

    private LongDecimals() {
    }

    /**
     * n ÷ d rounded half-up to {@code scale} decimals, without trailing zeros: the value and scale of
     * {@code Amounts.tidy(n.divide(d, scale, HALF_UP))}.
     *
     * @return null when the longs do not suffice
     */
    static BigDecimal rounded(BigDecimal numerator, BigDecimal denominator, int scale) {
        if (numerator.precision() > MAX_DIGITS || denominator.precision() > MAX_DIGITS) {
            return null;
        }
        long n = unscaled(numerator);
        long d = unscaled(denominator);
        // n·10^−ns ÷ (d·10^−ds) × 10^scale = n·10^shift ÷ d
        long shift = (long) denominator.scale() + scale - numerator.scale();
        if (shift < 0) {
            if (-shift > MAX_DIGITS || Math.abs(d) > Long.MAX_VALUE / TEN_POWERS[(int) -shift]) {
                return null;
            }
            d *= TEN_POWERS[(int) -shift];
            shift = 0;
        }
        if (shift > MAX_DIGITS) {
            return null;
        }
        long q;
        long r;
        if (Math.abs(n) <= Long.MAX_VALUE / TEN_POWERS[(int) shift]) {
            q = n * TEN_POWERS[(int) shift] / d;
            r = n * TEN_POWERS[(int) shift] % d;
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

    /** Sign of n − a × b (as {@code n.compareTo(a.multiply(b))}), or {@link #UNDECIDED}. */
    static int compareToProduct(BigDecimal n, BigDecimal a, BigDecimal b) {
        if (n.precision() > MAX_DIGITS || a.precision() > MAX_DIGITS || b.precision() > MAX_DIGITS) {
            return UNDECIDED;
        }
        long ua = unscaled(a);
        long ub = unscaled(b);
        long product = ua * ub;
        if (Math.multiplyHigh(ua, ub) != product >> 63) {
            return UNDECIDED;
        }
        long un = unscaled(n);
        // both sides to the larger scale
        long scaleGap = (long) a.scale() + b.scale() - n.scale();
        if (scaleGap > 0) {
            un = timesTenPower(un, scaleGap);
        } else if (scaleGap < 0) {
            product = timesTenPower(product, -scaleGap);
        }
        return un == Long.MIN_VALUE || product == Long.MIN_VALUE ? UNDECIDED : Long.compare(un, product);
    }

    /** value × 10^power, or Long.MIN_VALUE when it does not fit. */
    private static long timesTenPower(long value, long power) {
        if (power > MAX_DIGITS) {
            return Long.MIN_VALUE;
        }
        long factor = TEN_POWERS[(int) power];
        return value > Long.MAX_VALUE / factor || value < -Long.MAX_VALUE / factor ? Long.MIN_VALUE : value * factor;
    }

    /** Whether the value is a whole number that {@code longValue()} gives exactly and at no cost. */
    static boolean wholeLong(BigDecimal value) {
        return value.scale() == 0 && value.precision() <= MAX_DIGITS;
    }

    /** The unscaled value of a decimal of at most {@link #MAX_DIGITS} digits. */
    static long unscaled(BigDecimal value) {
        // longValue() is free at scale 0; scaling to 0 first costs less than unscaledValue(), which builds a
        // BigInteger and its array on every call
        return value.scale() == 0 ? value.longValue() : value.scaleByPowerOfTen(value.scale()).longValue();
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
