package cn.baiyun.hte.enterprise;

import java.util.Locale;

import cn.baiyun.hte.platform.events.DomainEvent;
import cn.baiyun.hte.platform.events.EventHeader;

/** A reviewer approved or rejected a claim; a rejection carries its reason. */
public record ClaimDecided(EventHeader header, Membership.Status outcome, String reason) implements DomainEvent {

    /** {@code claim.approved} or {@code claim.rejected}. */
    public static String typeOf(Membership.Status outcome) {
        return "claim." + outcome.name().toLowerCase(Locale.ROOT);
    }
}
