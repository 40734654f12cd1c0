package cn.baiyun.hte.filing;

import cn.baiyun.hte.platform.events.DomainEvent;
import cn.baiyun.hte.platform.events.EventHeader;

/** A firm submitted its filing for {@code fiscalYear} for review. */
public record FilingSubmitted(EventHeader header, int fiscalYear) implements DomainEvent {

    public static final String TYPE = "filing.submitted";
}
