package cn.baiyun.hte.roadshow;

import java.util.List;

import cn.baiyun.hte.platform.events.DomainEvent;
import cn.baiyun.hte.platform.events.EventHeader;
import cn.baiyun.hte.platform.events.FieldChange;

/**
 * Organisers created, edited, published, closed, completed or cancelled an event (the type says which); for
 * the audit trail. Firms hear of what concerns them through {@link EventChangedNotice} and
 * {@link EventCancelledNotice}, one per registered firm.
 */
public record RoadshowChanged(EventHeader header, List<FieldChange> changes, String note) implements DomainEvent {

    public static final String CREATED = "roadshow.created";
    public static final String UPDATED = "roadshow.updated";
    public static final String PUBLISHED = "roadshow.published";
    public static final String CLOSED = "roadshow.closed";
    public static final String COMPLETED = "roadshow.completed";
    public static final String CANCELLED = "roadshow.cancelled";

    public RoadshowChanged {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    @Override
    public String reason() {
        return note;
    }
}
