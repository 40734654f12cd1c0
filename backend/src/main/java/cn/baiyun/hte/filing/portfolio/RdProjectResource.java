package cn.baiyun.hte.filing.portfolio;

import java.math.BigDecimal;
import java.time.Instant;

/** An R&D project as the API shows it, with the sum of its yearly spend. {@code version} is also the ETag. */
record RdProjectResource(String id, String enterpriseId, RdProjectDetails details, BigDecimal totalSpend, Long version,
                         Instant createdAt, Instant updatedAt) {

    static RdProjectResource of(RdProject project) {
        return new RdProjectResource(project.id(), project.enterpriseId(), project.details(),
                project.details().totalSpend(), project.version(), project.createdAt(), project.updatedAt());
    }
}
