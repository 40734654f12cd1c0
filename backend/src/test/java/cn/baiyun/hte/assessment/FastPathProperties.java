package cn.baiyun.hte.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's arithmetic on longs gives exactly what BigDecimal gives, scale included (records compare their
 * BigDecimals with equals, and the results show the scale); where the longs do not suffice it says so.
 */
class FastPathProperties {

    @Property(tries = 300)
    void countingWholeYuanOnLongsEqualsCountingInDecimals(@ForAll("spends") RdExpenses spend, @ForAll boolean capBaseIncludesOutsourced) {
        RdCounting counting = new RdCounting(capBaseIncludesOutsourced);

        CountedRd onLongs = counting.countWholeYuan(spend);

        assertThat(onLongs).isNotNull().isEqualTo(counting.countDecimals(spend));
    }

    @Property(tries = 50)
    void countingLeavesAmountsInFenOrAbove10To14ToDecimals(@ForAll("spends") RdExpenses spend, @ForAll boolean inFen) {
        BigDecimal odd = inFen ? new BigDecimal("1000.01") : new BigDecimal("100000000000000");
        RdExpenses unusual = new RdExpenses(spend.personnel(), spend.directInput(), spend.depreciationAndLongTermPrepaid(),
                spend.intangibleAmortization(), spend.design(), spend.equipmentDebuggingAndTrial(), spend.other(),
                odd, spend.outsourcedForeignActual());

        assertThat(RdCounting.byDefault().countWholeYuan(unusual)).isNull();
        assertThat(RdCounting.byDefault().count(unusual)).isEqualTo(RdCounting.byDefault().countDecimals(unusual));
    }

    @Property(tries = 500)
    void roundedOnLongsEqualsBigDecimalDivisionThenTidy(@ForAll("decimals") BigDecimal numerator,
                                                        @ForAll("decimals") BigDecimal denominator,
                                                        @ForAll @IntRange(min = 0, max = 6) int scale) {
        Assume.that(denominator.signum() != 0);
        BigDecimal expected = Amounts.tidy(numerator.divide(denominator, scale, RoundingMode.HALF_UP));

        BigDecimal onLongs = LongDecimals.rounded(numerator, denominator, scale);

        if (onLongs != null) {
            assertThat(onLongs).isEqualTo(expected);
        }
        assertThat(new Fraction(numerator, denominator).rounded(scale)).isEqualTo(expected);
    }

    @Property(tries = 500)
    void comparingToAProductOnLongsAgreesWithBigDecimal(@ForAll("decimals") BigDecimal n, @ForAll("decimals") BigDecimal a,
                                                        @ForAll("decimals") BigDecimal b, @ForAll boolean onTheProduct) {
        BigDecimal compared = onTheProduct ? a.multiply(b) : n;

        int sign = LongDecimals.compareToProduct(compared, a, b);

        if (sign != LongDecimals.UNDECIDED) {
            assertThat(sign).isEqualTo(compared.compareTo(a.multiply(b)));
        }
    }

    @Property(tries = 300)
    void tidyStripsZerosButNeverGoesToExponentForm(@ForAll("decimals") BigDecimal amount) {
        BigDecimal tidy = Amounts.tidy(amount);

        assertThat(tidy).isEqualByComparingTo(amount);
        assertThat(tidy.scale()).isGreaterThanOrEqualTo(0);
        assertThat(tidy.scale() == 0 || tidy.unscaledValue().mod(java.math.BigInteger.TEN).signum() != 0).isTrue();
    }

    @Property(tries = 300)
    void theExactFractionReadsAsItsTermsInPlainDigits(@ForAll("decimals") BigDecimal numerator,
                                                      @ForAll("decimals") BigDecimal denominator) {
        String exact = new Fraction(numerator, denominator).exact();

        assertThat(exact).isEqualTo(Amounts.plain(numerator) + "/" + Amounts.plain(denominator));
    }

    @Provide
    Arbitrary<BigDecimal> decimals() {
        return Combinators.combine(Arbitraries.longs().between(-1_000_000_000_000_000_000L, 1_000_000_000_000_000_000L)
                        .edgeCases(edges -> edges.add(0L)), Arbitraries.integers().between(-3, 6))
                .as(BigDecimal::valueOf);
    }

    @Provide
    Arbitrary<RdExpenses> spends() {
        Arbitrary<BigDecimal> amount = Arbitraries.oneOf(Arbitraries.longs().between(0, 99_999_999_999_999L),
                        Arbitraries.longs().between(0, 5_000_000), Arbitraries.just(0L))
                .map(BigDecimal::valueOf);
        return amount.list().ofSize(9)
                .map(a -> new RdExpenses(a.get(0), a.get(1), a.get(2), a.get(3), a.get(4), a.get(5), a.get(6), a.get(7), a.get(8)));
    }
}
