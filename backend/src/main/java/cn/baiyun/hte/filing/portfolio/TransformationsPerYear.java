package cn.baiyun.hte.filing.portfolio;

import java.util.Collection;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How many achievements were transformed in each fiscal year (§3.6(2)). An achievement counts once in a
 * year however many transformations it had that year: into several products, services or processes, at
 * home and abroad. Pure: no Spring, no I/O.
 *
 * @param counts year → number of distinct achievements transformed in it; years without any are absent
 */
public record TransformationsPerYear(SortedMap<Integer, Integer> counts) {

    public TransformationsPerYear {
        counts = Collections.unmodifiableSortedMap(new TreeMap<>(counts));
    }

    public static TransformationsPerYear of(Collection<AchievementDetails> achievements) {
        SortedMap<Integer, Integer> counts = new TreeMap<>();
        achievements.forEach(achievement -> achievement.transformationYears()
                .forEach(year -> counts.merge(year, 1, Integer::sum)));
        return new TransformationsPerYear(counts);
    }

    public int in(int year) {
        return counts.getOrDefault(year, 0);
    }
}
