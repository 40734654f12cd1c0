package cn.baiyun.hte.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * One row of a rubric table: the band a value at or above (or strictly above) {@code bound} falls in, and its
 * points. The band and points are held as the {@link ScoredBand} results show, one immutable instance that
 * every assessment shares instead of a new one each time.
 */
record BandStep(ScoredBand scored, BigDecimal bound, boolean inclusive) {

    static BandStep atLeast(Band band, String bound, int lowest, int highest) {
        return new BandStep(new ScoredBand(band, List.of(lowest, highest)), new BigDecimal(bound), true);
    }

    static BandStep above(Band band, String bound, int lowest, int highest) {
        return new BandStep(new ScoredBand(band, List.of(lowest, highest)), new BigDecimal(bound), false);
    }

    static BandStep of(Band band, int lowest, int highest) {
        return new BandStep(new ScoredBand(band, List.of(lowest, highest)), null, true);
    }

    Band band() {
        return scored.band();
    }

    List<Integer> range() {
        return scored.range();
    }

    int lowest() {
        return scored.range().get(0);
    }

    int highest() {
        return scored.range().get(1);
    }

    boolean admits(Fraction value) {
        return inclusive ? value.atLeast(bound) : value.above(bound);
    }

    /** The first step (best band first) that admits the value, else the last, catch-all step. */
    static BandStep find(List<BandStep> bestFirst, Fraction value) {
        for (int i = 0; i < bestFirst.size() - 1; i++) {
            if (bestFirst.get(i).admits(value)) {
                return bestFirst.get(i);
            }
        }
        return bestFirst.get(bestFirst.size() - 1);
    }
}
