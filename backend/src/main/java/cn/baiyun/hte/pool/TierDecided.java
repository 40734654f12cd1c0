package cn.baiyun.hte.pool;

import java.util.List;

import cn.baiyun.hte.assessment.TierResult;
import cn.baiyun.hte.platform.events.DomainEvent;
import cn.baiyun.hte.platform.events.EventHeader;
import cn.baiyun.hte.platform.events.FieldChange;

/**
 * The bureau set a firm's tier for the cycle: the proposal confirmed, or overridden with a reason
 * ({@code reason} is {@code null} for a confirmation).
 */
public record TierDecided(EventHeader header, int cycleYear, TierResult proposed, TierResult decided, String reason)
        implements DomainEvent {

    public static final String TYPE = "pool.tier.decided";

    @Override
    public List<FieldChange> changes() {
        return List.of(new FieldChange("tier", String.valueOf(proposed), decided.name()));
    }
}
