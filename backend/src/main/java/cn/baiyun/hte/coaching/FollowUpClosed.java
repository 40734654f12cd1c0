package cn.baiyun.hte.coaching;

import cn.baiyun.hte.platform.events.DomainEvent;
import cn.baiyun.hte.platform.events.EventHeader;

/** A visit's follow-up was marked done; the audit trail shows the action that was agreed. */
public record FollowUpClosed(EventHeader header, String followUpId, String action) implements DomainEvent {

    public static final String TYPE = "coaching.follow-up.closed";

    @Override
    public String reason() {
        return action;
    }
}
