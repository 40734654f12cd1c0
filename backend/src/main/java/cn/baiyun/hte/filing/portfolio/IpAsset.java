package cn.baiyun.hte.filing.portfolio;

import java.time.Instant;

import cn.baiyun.hte.platform.events.WithOutbox;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** One IP right of a firm. A firm records each (type, number) once. */
@Document("ipAssets")
@WithOutbox
@CompoundIndex(name = "by_firm", def = "{'enterpriseId': 1, '_id': 1}")
@CompoundIndex(name = "unique_number", def = "{'enterpriseId': 1, 'details.type': 1, 'details.number': 1}",
        unique = true)
public record IpAsset(@Id String id, String enterpriseId, IpAssetDetails details, Instant createdAt,
                      Instant updatedAt, @Version Long version) implements FirmOwned<IpAssetDetails, IpAsset> {

    static IpAsset create(String enterpriseId, IpAssetDetails details, Instant now) {
        return new IpAsset(null, enterpriseId, details, now, now, null);
    }

    public IpClass ipClass() {
        return details.ipClass();
    }

    @Override
    public IpAsset withDetails(IpAssetDetails newDetails, Instant now) {
        return new IpAsset(id, enterpriseId, newDetails, createdAt, now, version);
    }
}
