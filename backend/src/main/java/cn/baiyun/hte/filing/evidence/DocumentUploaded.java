package cn.baiyun.hte.filing.evidence;

import cn.baiyun.hte.platform.events.DomainEvent;
import cn.baiyun.hte.platform.events.EventHeader;

/** A member uploaded an evidence document; its content was checked and stored under {@code sha256}. */
public record DocumentUploaded(EventHeader header, String originalName, String sha256) implements DomainEvent {

    public static final String TYPE = "document.uploaded";
}
