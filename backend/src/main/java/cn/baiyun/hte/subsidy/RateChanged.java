package cn.baiyun.hte.subsidy;

import java.util.List;

import cn.baiyun.hte.platform.events.DomainEvent;
import cn.baiyun.hte.platform.events.EventHeader;
import cn.baiyun.hte.platform.events.FieldChange;

/** A reviewer added a row to the subsidy schedule or changed one. */
public record RateChanged(EventHeader header, List<FieldChange> changes) implements DomainEvent {

    public static final String ADDED = "subsidy.rate.added";
    public static final String UPDATED = "subsidy.rate.updated";
}
