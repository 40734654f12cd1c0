package cn.baiyun.hte.roadshow;

import java.util.List;

import cn.baiyun.hte.platform.events.DomainEvent;
import cn.baiyun.hte.platform.events.EventHeader;
import cn.baiyun.hte.platform.events.FieldChange;

/**
 * A change to a registration that nobody needs telling of, for the audit trail: the firm edited it or
 * uploaded its deck, the organisers checked it in or recorded its outcome (the type says which).
 */
public record RegistrationChanged(EventHeader header, String roadshowId, List<FieldChange> changes)
        implements DomainEvent {

    public static final String EDITED = "roadshow.registration.edited";
    public static final String DECK_UPLOADED = "roadshow.registration.deck-uploaded";
    public static final String CHECKED_IN = "roadshow.registration.checked-in";
    public static final String OUTCOME_RECORDED = "roadshow.registration.outcome-recorded";

    public RegistrationChanged {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }
}
