package cn.baiyun.hte.publication;

import static cn.baiyun.hte.publication.PublicationChanged.*;

/** The two things the bureau publishes: how the audit trail names their subjects and their four events. */
enum PublicationKind {
    ANNOUNCEMENT("announcement", ANNOUNCEMENT_DRAFTED, ANNOUNCEMENT_EDITED, ANNOUNCEMENT_PUBLISHED,
            ANNOUNCEMENT_WITHDRAWN),
    POLICY("policy", POLICY_DRAFTED, POLICY_EDITED, POLICY_PUBLISHED, POLICY_WITHDRAWN);

    private final String subjectType;
    private final String drafted;
    private final String edited;
    private final String published;
    private final String withdrawn;

    PublicationKind(String subjectType, String drafted, String edited, String published, String withdrawn) {
        this.subjectType = subjectType;
        this.drafted = drafted;
        this.edited = edited;
        this.published = published;
        this.withdrawn = withdrawn;
    }

    String subjectType() {
        return subjectType;
    }

    String drafted() {
        return drafted;
    }

    String edited() {
        return edited;
    }

    String published() {
        return published;
    }

    String withdrawn() {
        return withdrawn;
    }
}
