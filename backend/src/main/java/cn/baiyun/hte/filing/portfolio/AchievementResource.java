package cn.baiyun.hte.filing.portfolio;

import java.time.Instant;
import java.util.List;

/**
 * An achievement as the API shows it. {@code countedYears}: the years it counts once in, whatever the
 * number of its transformations in each (§3.6(2)).
 */
record AchievementResource(String id, String enterpriseId, AchievementDetails details, List<Integer> countedYears,
                           Long version, Instant createdAt, Instant updatedAt) {

    static AchievementResource of(Achievement achievement) {
        return new AchievementResource(achievement.id(), achievement.enterpriseId(), achievement.details(),
                List.copyOf(achievement.details().transformationYears()), achievement.version(),
                achievement.createdAt(), achievement.updatedAt());
    }
}
