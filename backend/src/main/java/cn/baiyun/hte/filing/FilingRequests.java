package cn.baiyun.hte.filing;

import java.util.Map;

/** The bodies of the filing API's commands. */
final class FilingRequests {

    private FilingRequests() {
    }

    record NewFiling(Integer fiscalYear) {
    }

    /**
     * The firm's declaration (承诺书) that the data it submits are true, accurate and complete; a submission
     * without {@code commitment: true} is refused.
     */
    record FilingSubmission(Boolean commitment) {

        boolean committed() {
            return Boolean.TRUE.equals(commitment);
        }
    }

    /** A reviewer's comment per section to change; sections without a comment stay locked. */
    record ReturnForChanges(Map<FilingSection, String> comments) {
    }
}
