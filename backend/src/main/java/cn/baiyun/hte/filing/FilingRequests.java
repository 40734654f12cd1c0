package cn.baiyun.hte.filing;

import java.util.Map;

/** The bodies of the filing API's commands. */
final class FilingRequests {

    private FilingRequests() {
    }

    record NewFiling(Integer fiscalYear) {
    }

    /** A reviewer's comment per section to change; sections without a comment stay locked. */
    record ReturnForChanges(Map<FilingSection, String> comments) {
    }
}
