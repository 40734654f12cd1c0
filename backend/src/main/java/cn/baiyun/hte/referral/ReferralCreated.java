package cn.baiyun.hte.referral;

import java.util.List;

import cn.baiyun.hte.platform.events.DomainEvent;
import cn.baiyun.hte.platform.events.EventHeader;
import cn.baiyun.hte.platform.events.FieldChange;

/** A partner department referred a firm into the pool, with the officer's note as its reason. */
public record ReferralCreated(EventHeader header, String department, String note) implements DomainEvent {

    public static final String TYPE = "referral.created";

    @Override
    public List<FieldChange> changes() {
        return List.of(new FieldChange("department", null, department));
    }

    @Override
    public String reason() {
        return note;
    }
}
