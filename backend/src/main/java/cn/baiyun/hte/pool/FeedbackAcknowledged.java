package cn.baiyun.hte.pool;

import cn.baiyun.hte.platform.events.DomainEvent;
import cn.baiyun.hte.platform.events.EventHeader;

/** A firm's member acknowledged the tier feedback the bureau published for the cycle. */
public record FeedbackAcknowledged(EventHeader header, int cycleYear) implements DomainEvent {

    public static final String TYPE = "pool.feedback.acknowledged";
}
