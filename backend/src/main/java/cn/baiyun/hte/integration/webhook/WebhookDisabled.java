package cn.baiyun.hte.integration.webhook;

import java.util.List;

import cn.baiyun.hte.platform.events.EventHeader;
import cn.baiyun.hte.platform.events.FieldChange;
import cn.baiyun.hte.platform.events.NoticeToFirm;

/**
 * The portal disabled a subscription whose deliveries kept failing. Its owner is told: the audit trail
 * records it (the admins' home page lists the latest entries) and the subscription shows why it is off on
 * the API and the admins' pages; when the owner is a client bound to a firm the header names that firm, so
 * its members get a notice in the portal (and a mail) through the notification feature. An admin's or an
 * unbound client's subscription names no firm, and the notification feature tells only firms' members.
 */
public record WebhookDisabled(EventHeader header, String url, int failedInRow) implements NoticeToFirm {

    public static final String TYPE = "webhook.disabled";

    @Override
    public List<FieldChange> changes() {
        return List.of(new FieldChange("webhookEnabled", "true", "false"));
    }

    @Override
    public String noticeKey() {
        return "webhook.notice.disabled";
    }

    @Override
    public List<NoticeArgument> noticeArguments() {
        return List.of(NoticeArgument.of(url), NoticeArgument.of(String.valueOf(failedInRow)));
    }

    /** The firm's members cannot open the admins' pages: the notices' list is where they are. */
    @Override
    public String noticeLink() {
        return "/notices";
    }
}
