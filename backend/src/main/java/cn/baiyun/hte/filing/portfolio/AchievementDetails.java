package cn.baiyun.hte.filing.portfolio;

import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A technology achievement as a firm records it: the IP assets it rests on (ids of the same firm's
 * {@link IpAsset}s) and each of its transformations.
 */
public record AchievementDetails(String title, List<String> ipAssetIds, String description,
                                 List<Transformation> transformations) {

    public AchievementDetails {
        ipAssetIds = ipAssetIds == null ? List.of() : List.copyOf(ipAssetIds);
        transformations = transformations == null ? List.of() : List.copyOf(transformations);
    }

    /** The years with at least one transformation: the achievement counts once in each (§3.6(2)). */
    public SortedSet<Integer> transformationYears() {
        SortedSet<Integer> years = new TreeSet<>();
        transformations.stream().map(Transformation::countedYear).filter(Objects::nonNull).forEach(years::add);
        return years;
    }
}
