package cn.baiyun.hte.filing.evidence;

import cn.baiyun.hte.platform.events.DomainEvent;
import cn.baiyun.hte.platform.events.EventHeader;

/** A member deleted an evidence document; the audit trail keeps its original name. */
public record DocumentDeleted(EventHeader header, String originalName) implements DomainEvent {

    public static final String TYPE = "document.deleted";

    @Override
    public String reason() {
        return originalName;
    }
}
