package cn.baiyun.hte.integration.webhook;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import cn.baiyun.hte.filing.FilingAccepted;
import cn.baiyun.hte.filing.FilingReturned;
import cn.baiyun.hte.filing.FilingSubmitted;
import cn.baiyun.hte.platform.events.DomainEvent;
import cn.baiyun.hte.platform.events.EventHeader;
import cn.baiyun.hte.pool.TierPublished;
import cn.baiyun.hte.referral.ReferralUpdated;
import cn.baiyun.hte.roadshow.EventCancelledNotice;
import cn.baiyun.hte.roadshow.RegistrationApproved;
import cn.baiyun.hte.roadshow.RegistrationCancelled;
import cn.baiyun.hte.roadshow.RegistrationChanged;
import cn.baiyun.hte.roadshow.RegistrationConfirmed;
import cn.baiyun.hte.roadshow.RegistrationPromoted;
import cn.baiyun.hte.roadshow.RegistrationRejected;
import cn.baiyun.hte.roadshow.RegistrationWaitlisted;

/**
 * What subscribers are told of a domain event: its webhook type, the firm and department it concerns (for
 * {@link Subscriber#receives}) and the payload's {@code data}. Only the ids and figures an entitled client
 * could read through the API; never a reviewer's comment or a person's name.
 *
 * @param department the referring department, for referral events; else {@code null}
 */
record WebhookEvent(String eventId, WebhookEventType type, Instant occurredAt, String enterpriseId,
                    String department, Map<String, Object> data) {

    private static final String REGISTRATION_PREFIX = "roadshow.registration.";

    /** The webhook event a domain event makes, or empty for the events no subscriber can choose. */
    static Optional<WebhookEvent> of(DomainEvent event) {
        EventHeader header = event.header();
        if (event instanceof FilingSubmitted submitted) {
            return Optional.of(filing(WebhookEventType.FILING_SUBMITTED, header, submitted.fiscalYear()));
        }
        if (event instanceof FilingReturned returned) {
            WebhookEvent filing = filing(WebhookEventType.FILING_RETURNED, header, returned.fiscalYear());
            filing.data().put("returnedSections", returned.comments().keySet().stream().sorted().map(Enum::name).toList());
            return Optional.of(filing);
        }
        if (event instanceof FilingAccepted accepted) {
            return Optional.of(filing(WebhookEventType.FILING_ACCEPTED, header, accepted.fiscalYear()));
        }
        if (event instanceof TierPublished published) {
            Map<String, Object> data = firmData(header);
            data.put("cycleYear", published.cycleYear());
            data.put("tier", published.tier() == null ? null : published.tier().name());
            data.put("previousTier", published.previousTier() == null ? null : published.previousTier().name());
            return Optional.of(new WebhookEvent(header.eventId(), WebhookEventType.TIER_PUBLISHED, header.occurredAt(),
                    header.enterpriseId(), null, data));
        }
        if (event instanceof ReferralUpdated referral) {
            Map<String, Object> data = firmData(header);
            data.put("referralId", header.subjectId());
            data.put("uscc", referral.uscc());
            data.put("department", referral.department());
            data.put("previousStatus", referral.previousStatus() == null ? null : referral.previousStatus().name());
            data.put("status", referral.status().name());
            data.put("tier", referral.tier());
            data.put("declineReason", referral.declineReason());
            data.put("firmVerified", referral.firmVerified());
            return Optional.of(new WebhookEvent(header.eventId(), WebhookEventType.REFERRAL_UPDATED,
                    header.occurredAt(), header.enterpriseId(), referral.department(), data));
        }
        return registrationOf(event);
    }

    /**
     * A change of a firm's registration for a roadshow: its status (confirmed, waitlisted, promoted, approved,
     * rejected, cancelled, or cancelled with its event) or what the firm or the organisers recorded on it. The
     * reminders and the notices that an event moved are not changes of the registration.
     */
    private static Optional<WebhookEvent> registrationOf(DomainEvent event) {
        String roadshowId;
        if (event instanceof RegistrationConfirmed e) {
            roadshowId = e.roadshowId();
        } else if (event instanceof RegistrationWaitlisted e) {
            roadshowId = e.roadshowId();
        } else if (event instanceof RegistrationPromoted e) {
            roadshowId = e.roadshowId();
        } else if (event instanceof RegistrationApproved e) {
            roadshowId = e.roadshowId();
        } else if (event instanceof RegistrationRejected e) {
            roadshowId = e.roadshowId();
        } else if (event instanceof RegistrationCancelled e) {
            roadshowId = e.roadshowId();
        } else if (event instanceof EventCancelledNotice e) {
            roadshowId = e.roadshowId();
        } else if (event instanceof RegistrationChanged e) {
            roadshowId = e.roadshowId();
        } else {
            return Optional.empty();
        }
        EventHeader header = event.header();
        Map<String, Object> data = firmData(header);
        data.put("roadshowId", roadshowId);
        data.put("registrationId", header.subjectId());
        data.put("change", header.type().startsWith(REGISTRATION_PREFIX)
                ? header.type().substring(REGISTRATION_PREFIX.length()) : header.type());
        return Optional.of(new WebhookEvent(header.eventId(), WebhookEventType.ROADSHOW_REGISTRATION_CHANGED,
                header.occurredAt(), header.enterpriseId(), null, data));
    }

    private static WebhookEvent filing(WebhookEventType type, EventHeader header, int fiscalYear) {
        Map<String, Object> data = firmData(header);
        data.put("fiscalYear", fiscalYear);
        return new WebhookEvent(header.eventId(), type, header.occurredAt(), header.enterpriseId(), null, data);
    }

    /** What every payload's data starts with: the domain event's id and the firm, by its id in the API. */
    private static Map<String, Object> firmData(EventHeader header) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("eventId", header.eventId());
        data.put("enterpriseId", header.enterpriseId());
        return data;
    }
}
