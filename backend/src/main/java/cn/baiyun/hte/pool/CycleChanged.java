package cn.baiyun.hte.pool;

import java.util.List;

import cn.baiyun.hte.platform.events.DomainEvent;
import cn.baiyun.hte.platform.events.EventHeader;
import cn.baiyun.hte.platform.events.FieldChange;

/**
 * Something happened to a year's cycle as a whole: opened, rescheduled, assessed (a run ended), or tier 1
 * recommended to the province; {@code changes} says what moved where it matters (e.g. the recommendation).
 */
public record CycleChanged(EventHeader header, int year, List<FieldChange> changes) implements DomainEvent {

    public static final String OPENED = "cycle.opened";
    public static final String RESCHEDULED = "cycle.rescheduled";
    public static final String ASSESSED = "cycle.assessed";
    public static final String RECOMMENDED = "pool.recommended";
}
