package cn.baiyun.hte.assessment;

import java.util.List;

/** A band and the points it allows, as the pair [lowest, highest]. */
public record ScoredBand(Band band, List<Integer> range) {
}
