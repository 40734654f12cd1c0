package cn.baiyun.hte.filing;

import cn.baiyun.hte.platform.events.DomainEvent;
import cn.baiyun.hte.platform.events.EventHeader;

/** A reviewer accepted a firm's filing for {@code fiscalYear}; it is locked and counts in assessments. */
public record FilingAccepted(EventHeader header, int fiscalYear) implements DomainEvent {

    public static final String TYPE = "filing.accepted";
}
