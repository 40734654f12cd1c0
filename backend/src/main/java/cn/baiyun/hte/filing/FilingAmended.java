package cn.baiyun.hte.filing;

import cn.baiyun.hte.platform.events.DomainEvent;
import cn.baiyun.hte.platform.events.EventHeader;

/** A firm reopened its accepted filing for {@code fiscalYear} as a new draft revision. */
public record FilingAmended(EventHeader header, int fiscalYear) implements DomainEvent {

    public static final String TYPE = "filing.amended";
}
