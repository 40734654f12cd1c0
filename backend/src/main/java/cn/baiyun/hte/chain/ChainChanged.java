package cn.baiyun.hte.chain;

import java.util.List;

import cn.baiyun.hte.platform.events.DomainEvent;
import cn.baiyun.hte.platform.events.EventHeader;
import cn.baiyun.hte.platform.events.FieldChange;

/** A reviewer added a chain to the district's list, or changed one (renamed, moved, retired). */
public record ChainChanged(EventHeader header, List<FieldChange> changes) implements DomainEvent {

    public static final String ADDED = "chain.added";
    public static final String UPDATED = "chain.updated";
}
