package cn.baiyun.hte.chain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The tagged firms by industry chain and by cluster on a day: every listed chain (retired ones only while they
 * still have firms) in list order, then the firms flagged without a chain; the clusters in the order of their
 * first chain.
 */
public record ChainBreakdown(LocalDate on, List<ChainFigures> chains, List<ClusterFigures> clusters) {

    /** The {@link BreakdownRow#drillGroup()} of the firms flagged without a chain. */
    public static final String UNCHAINED = "none";

    public ChainBreakdown {
        chains = List.copyOf(chains);
        clusters = List.copyOf(clusters);
    }

    /** The chain's line ({@link BreakdownRow#drillGroup()}), if the breakdown shows it. */
    public Optional<BreakdownRow> chainLine(String group) {
        return chains.stream().filter(line -> line.drillGroup().equals(group)).<BreakdownRow>map(line -> line).findFirst();
    }

    /** The cluster's line, by its Chinese name, if the breakdown shows it. */
    public Optional<BreakdownRow> clusterLine(String group) {
        return clusters.stream().filter(line -> line.drillGroup().equals(group)).<BreakdownRow>map(line -> line).findFirst();
    }
}
