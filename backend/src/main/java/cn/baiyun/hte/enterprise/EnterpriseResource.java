package cn.baiyun.hte.enterprise;

import java.time.Instant;

/** A firm as the API shows it. {@code version} is also sent as the {@code ETag}. */
record EnterpriseResource(String id, String uscc, boolean verified, EnterpriseProfile profile, Long version,
                          Instant createdAt, Instant updatedAt) {

    static EnterpriseResource of(Enterprise enterprise) {
        return new EnterpriseResource(enterprise.id(), enterprise.uscc(), enterprise.verified(), enterprise.profile(),
                enterprise.version(), enterprise.createdAt(), enterprise.updatedAt());
    }
}
