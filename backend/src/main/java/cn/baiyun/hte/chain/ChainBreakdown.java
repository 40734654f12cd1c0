package cn.baiyun.hte.chain;

import java.time.LocalDate;
import java.util.List;

/**
 * The tagged firms by industry chain and by cluster on a day: every listed chain (retired ones only while they
 * still have firms) in list order, then the firms flagged without a chain; the clusters in the order of their
 * first chain.
 */
public record ChainBreakdown(LocalDate on, List<ChainFigures> chains, List<ClusterFigures> clusters) {

    public ChainBreakdown {
        chains = List.copyOf(chains);
        clusters = List.copyOf(clusters);
    }
}
