package cn.baiyun.hte.publication;

import java.util.List;

import cn.baiyun.hte.platform.events.DomainEvent;
import cn.baiyun.hte.platform.events.EventHeader;
import cn.baiyun.hte.platform.events.FieldChange;

/**
 * A reviewer drafted, edited, published or withdrew an announcement or a policy; the header's type says which
 * of the eight, its subject which item. An edit lists the fields it changed, from what to what.
 */
public record PublicationChanged(EventHeader header, List<FieldChange> changes) implements DomainEvent {

    public static final String ANNOUNCEMENT_DRAFTED = "publication.announcement.drafted";
    public static final String ANNOUNCEMENT_EDITED = "publication.announcement.edited";
    public static final String ANNOUNCEMENT_PUBLISHED = "publication.announcement.published";
    public static final String ANNOUNCEMENT_WITHDRAWN = "publication.announcement.withdrawn";
    public static final String POLICY_DRAFTED = "publication.policy.drafted";
    public static final String POLICY_EDITED = "publication.policy.edited";
    public static final String POLICY_PUBLISHED = "publication.policy.published";
    public static final String POLICY_WITHDRAWN = "publication.policy.withdrawn";

    public PublicationChanged {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }
}
