package cn.baiyun.hte.assessment;

import java.math.BigDecimal;
import java.util.List;

/** One row of a rubric table: the band a value at or above (or strictly above) {@code bound} falls in, and its points. */
record BandStep(Band band, BigDecimal bound, boolean inclusive, List<Integer> range) {

    static BandStep atLeast(Band band, String bound, int lowest, int highest) {
        return new BandStep(band, new BigDecimal(bound), true, List.of(lowest, highest));
    }

    static BandStep above(Band band, String bound, int lowest, int highest) {
        return new BandStep(band, new BigDecimal(bound), false, List.of(lowest, highest));
    }

    static BandStep of(Band band, int lowest, int highest) {
        return new BandStep(band, null, true, List.of(lowest, highest));
    }

    int lowest() {
        return range.get(0);
    }

    int highest() {
        return range.get(1);
    }

    boolean admits(Fraction value) {
        return inclusive ? value.atLeast(bound) : value.above(bound);
    }

    ScoredBand scored() {
        return new ScoredBand(band, range);
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
