package cn.baiyun.hte.integration.webhook;

import java.util.Arrays;
import java.util.Optional;

import cn.baiyun.hte.platform.security.Scopes;

/**
 * The event types a subscriber may choose, each with the client scope it takes to receive it: the scope that
 * reads the same data through the API, so that a webhook never tells a client more than it could ask for.
 * A filing's status is filing data ({@code filings:read}); a published tier is part of what the bureau says
 * about the firm, read with the firm ({@code enterprises:read}); a registration is read with the roadshows
 * ({@code roadshows:read}); a referral with the department's referrals ({@code referrals:read}, and only the
 * department that referred: {@link Subscriber#receives}).
 */
enum WebhookEventType {
    FILING_SUBMITTED("filing.submitted", Scopes.FILINGS_READ),
    FILING_RETURNED("filing.returned", Scopes.FILINGS_READ),
    FILING_ACCEPTED("filing.accepted", Scopes.FILINGS_READ),
    TIER_PUBLISHED("tier.published", Scopes.ENTERPRISES_READ),
    ROADSHOW_REGISTRATION_CHANGED("roadshow.registration.changed", Scopes.ROADSHOWS_READ),
    REFERRAL_UPDATED("referral.updated", Scopes.REFERRALS_READ);

    private final String code;
    private final String scope;

    WebhookEventType(String code, String scope) {
        this.code = code;
        this.scope = scope;
    }

    /** The name subscribers use and receive as the payload's {@code type}, e.g. {@code filing.submitted}. */
    public String code() {
        return code;
    }

    /** The client scope a client's subscription needs to receive it. */
    String scope() {
        return scope;
    }

    static Optional<WebhookEventType> ofCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
    }
}
