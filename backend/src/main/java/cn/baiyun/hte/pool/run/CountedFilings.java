package cn.baiyun.hte.pool.run;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.baiyun.hte.filing.Filing;
import cn.baiyun.hte.filing.FilingStatus;

/**
 * Which filings a snapshot is built from: the bureau's runs count accepted filings (submitted ones too if
 * the reviewer chooses); a firm's self-check counts each year's latest revision whatever its status.
 */
public enum CountedFilings {
    ACCEPTED(EnumSet.of(FilingStatus.ACCEPTED)),
    ACCEPTED_OR_SUBMITTED(EnumSet.of(FilingStatus.ACCEPTED, FilingStatus.SUBMITTED)),
    ANY_STATUS(EnumSet.allOf(FilingStatus.class));

    private final Set<FilingStatus> statuses;

    CountedFilings(Set<FilingStatus> statuses) {
        this.statuses = statuses;
    }

    static CountedFilings forRun(boolean includeSubmitted) {
        return includeSubmitted ? ACCEPTED_OR_SUBMITTED : ACCEPTED;
    }

    boolean counts(Filing filing) {
        return statuses.contains(filing.status());
    }

    List<FilingStatus> statuses() {
        return List.copyOf(statuses);
    }
}
