package cn.baiyun.hte.dashboard;

/**
 * A cycle's firms by tier (the bureau's decision, else the proposal), and the change from the cycle before
 * (null for the first cycle shown, or when there was no cycle before).
 */
public record CycleTiers(int year, long tier1, long tier2, long tier3, long notInPool, Change change) {

    /** Differences to the previous cycle, tier by tier. */
    public record Change(long tier1, long tier2, long tier3, long notInPool) {

        /** Tier {@code tier}'s change with its sign, e.g. "+2", "−1", "0". */
        public String shown(int tier) {
            long value = switch (tier) {
                case 1 -> tier1;
                case 2 -> tier2;
                default -> tier3;
            };
            return value > 0 ? "+" + value : value < 0 ? "−" + -value : "0";
        }
    }

    long pool() {
        return tier1 + tier2 + tier3;
    }
}
