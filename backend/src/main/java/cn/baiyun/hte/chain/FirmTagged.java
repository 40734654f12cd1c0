package cn.baiyun.hte.chain;

import java.util.List;

import cn.baiyun.hte.platform.events.DomainEvent;
import cn.baiyun.hte.platform.events.EventHeader;
import cn.baiyun.hte.platform.events.FieldChange;

/**
 * A reviewer or 工信局 officer set a firm's chain or flags; the changes name the chain by its Chinese name and
 * each flag as yes or no, so the firm's history reads without a lookup.
 */
public record FirmTagged(EventHeader header, List<FieldChange> changes) implements DomainEvent {

    public static final String TYPE = "chain.firm.tagged";
}
