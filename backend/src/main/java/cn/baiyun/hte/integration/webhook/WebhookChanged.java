package cn.baiyun.hte.integration.webhook;

import java.util.List;

import cn.baiyun.hte.platform.events.DomainEvent;
import cn.baiyun.hte.platform.events.EventHeader;
import cn.baiyun.hte.platform.events.FieldChange;

/**
 * An admin or a client made, changed or deleted a webhook subscription: for
 * the audit trail, since a subscription decides where the portal's data is sent.
 */
public record WebhookChanged(EventHeader header, List<FieldChange> changes) implements DomainEvent {

    public static final String CREATED = "webhook.created";
    public static final String UPDATED = "webhook.updated";
    public static final String DELETED = "webhook.deleted";

    public WebhookChanged {
        changes = List.copyOf(changes);
    }
}
