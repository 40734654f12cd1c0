package cn.baiyun.hte.filing;

import java.time.Instant;

/** One line of a filing list. */
record FilingSummary(String id, String enterpriseId, int fiscalYear, FilingStatus status, int revision,
                     Instant submittedAt, Instant updatedAt) {

    static FilingSummary of(Filing filing) {
        return new FilingSummary(filing.id(), filing.enterpriseId(), filing.fiscalYear(), filing.status(),
                filing.revision(), filing.submittedAt(), filing.updatedAt());
    }
}
