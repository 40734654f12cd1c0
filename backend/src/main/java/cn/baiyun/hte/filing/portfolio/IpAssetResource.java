package cn.baiyun.hte.filing.portfolio;

import java.time.Instant;

/** An IP asset as the API shows it, with its class derived from the type. {@code version} is also the ETag. */
record IpAssetResource(String id, String enterpriseId, IpClass ipClass, IpAssetDetails details, Long version,
                       Instant createdAt, Instant updatedAt) {

    static IpAssetResource of(IpAsset asset) {
        return new IpAssetResource(asset.id(), asset.enterpriseId(), asset.ipClass(), asset.details(), asset.version(),
                asset.createdAt(), asset.updatedAt());
    }
}
