package cn.baiyun.hte.filing.portfolio;

import java.time.Instant;

import cn.baiyun.hte.platform.events.WithOutbox;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** One R&D project of a firm. */
@Document("rdProjects")
@WithOutbox
@CompoundIndex(name = "by_firm", def = "{'enterpriseId': 1, '_id': 1}")
@CompoundIndex(name = "unique_code", def = "{'enterpriseId': 1, 'details.code': 1}", unique = true)
public record RdProject(@Id String id, String enterpriseId, RdProjectDetails details, Instant createdAt,
                        Instant updatedAt, @Version Long version) implements FirmOwned<RdProjectDetails, RdProject> {

    static RdProject create(String enterpriseId, RdProjectDetails details, Instant now) {
        return new RdProject(null, enterpriseId, details, now, now, null);
    }

    @Override
    public RdProject withDetails(RdProjectDetails newDetails, Instant now) {
        return new RdProject(id, enterpriseId, newDetails, createdAt, now, version);
    }
}
