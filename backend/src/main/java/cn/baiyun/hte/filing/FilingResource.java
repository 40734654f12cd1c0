package cn.baiyun.hte.filing;

import java.time.Instant;
import java.util.Map;

/**
 * A filing as the API shows it: what was filed, the review comments, progress and derived figures, and the
 * reference number of its submission receipt (null until first submitted).
 */
record FilingResource(String id, String enterpriseId, int fiscalYear, FilingStatus status, int revision,
                      String reference,
                      Financials financials, RdSpend rdSpend, Staff staff, Incidents incidents,
                      SelfAssessment selfAssessment, Map<FilingSection, String> returnComments,
                      Map<FilingSection, SectionProgress> progress, FilingFigures figures, Instant submittedAt,
                      Instant acceptedAt, Instant updatedAt) {

    static FilingResource of(FilingView view) {
        Filing filing = view.filing();
        FilingContent content = filing.content();
        return new FilingResource(filing.id(), filing.enterpriseId(), filing.fiscalYear(), filing.status(),
                filing.revision(), filing.reference(), content.financials(), content.rdSpend(), content.staff(), content.incidents(),
                content.selfAssessment(), filing.returnComments(), view.progress(), view.figures(),
                filing.submittedAt(), filing.acceptedAt(), filing.updatedAt());
    }
}
