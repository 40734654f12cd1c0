package cn.baiyun.hte.coaching;

import cn.baiyun.hte.platform.events.DomainEvent;
import cn.baiyun.hte.platform.events.EventHeader;

/** A reviewer changed what a logged visit says, its follow-ups included. */
public record VisitUpdated(EventHeader header) implements DomainEvent {

    public static final String TYPE = "coaching.visit.updated";
}
