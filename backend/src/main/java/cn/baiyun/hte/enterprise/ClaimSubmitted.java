package cn.baiyun.hte.enterprise;

import cn.baiyun.hte.platform.events.DomainEvent;
import cn.baiyun.hte.platform.events.EventHeader;

/** A firm user asked to become a member of a firm, under the name they gave it. */
public record ClaimSubmitted(EventHeader header, String claimedName) implements DomainEvent {

    public static final String TYPE = "claim.submitted";
}
