package cn.baiyun.hte.filing;

import java.time.Instant;

/** One line of a filing list; {@code reference} is its submission's reference number, once submitted. */
record FilingSummary(String id, String enterpriseId, int fiscalYear, FilingStatus status, int revision,
                     String reference, Instant submittedAt, Instant updatedAt) {

    static FilingSummary of(Filing filing) {
        return new FilingSummary(filing.id(), filing.enterpriseId(), filing.fiscalYear(), filing.status(),
                filing.revision(), filing.reference(), filing.submittedAt(), filing.updatedAt());
    }
}
