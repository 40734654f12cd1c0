package cn.baiyun.hte.relocation;

import java.util.List;

import cn.baiyun.hte.platform.events.DomainEvent;
import cn.baiyun.hte.platform.events.EventHeader;
import cn.baiyun.hte.platform.events.FieldChange;

/** A reviewer recorded a firm's relocation into the district, or changed it (package, milestones). */
public record RelocationRecorded(EventHeader header, List<FieldChange> changes) implements DomainEvent {

    public static final String RECORDED = "relocation.recorded";
    public static final String UPDATED = "relocation.updated";
}
