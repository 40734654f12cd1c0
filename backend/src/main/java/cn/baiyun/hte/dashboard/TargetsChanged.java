package cn.baiyun.hte.dashboard;

import java.util.List;

import cn.baiyun.hte.platform.events.DomainEvent;
import cn.baiyun.hte.platform.events.EventHeader;
import cn.baiyun.hte.platform.events.FieldChange;

/** A reviewer set a year's targets; {@code changes} says which figures moved from what to what. */
public record TargetsChanged(EventHeader header, int year, List<FieldChange> changes) implements DomainEvent {

    public static final String TYPE = "dashboard.targets.changed";
}
