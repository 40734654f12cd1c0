package cn.baiyun.hte.filing.portfolio;

import java.time.Instant;

import cn.baiyun.hte.platform.events.WithOutbox;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** One technology achievement of a firm, with its transformations. */
@Document("achievements")
@WithOutbox
@CompoundIndex(name = "by_firm", def = "{'enterpriseId': 1, '_id': 1}")
public record Achievement(@Id String id, String enterpriseId, AchievementDetails details, Instant createdAt,
                          Instant updatedAt, @Version Long version)
        implements FirmOwned<AchievementDetails, Achievement> {

    static Achievement create(String enterpriseId, AchievementDetails details, Instant now) {
        return new Achievement(null, enterpriseId, details, now, now, null);
    }

    @Override
    public Achievement withDetails(AchievementDetails newDetails, Instant now) {
        return new Achievement(id, enterpriseId, newDetails, createdAt, now, version);
    }
}
