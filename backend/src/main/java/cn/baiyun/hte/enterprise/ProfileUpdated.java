package cn.baiyun.hte.enterprise;

import java.util.List;

import cn.baiyun.hte.platform.events.DomainEvent;
import cn.baiyun.hte.platform.events.EventHeader;
import cn.baiyun.hte.platform.events.FieldChange;

/** A member changed the firm's profile; {@code changes} lists each field that changed. */
public record ProfileUpdated(EventHeader header, List<FieldChange> changes) implements DomainEvent {

    public static final String TYPE = "enterprise.profile.updated";
}
