package cn.baiyun.hte.dashboard;

/** The current cycle's firms of one first-level technical field, by tier. */
public record FieldTiers(String field, String label, long tier1, long tier2, long tier3) {

    long total() {
        return tier1 + tier2 + tier3;
    }
}
