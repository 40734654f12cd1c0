package cn.baiyun.hte.integration.webhook;

import java.util.Set;

import cn.baiyun.hte.platform.security.PortalRole;
import cn.baiyun.hte.platform.security.PortalUser;

/**
 * Who registered a subscription and so what it may receive, as their token said when they registered or last
 * changed it: an admin (the platform's operator) receives every event; a client receives an event only with
 * the scope that reads the same data ({@link WebhookEventType#scope()}), only its own firm's events when it is
 * bound to one, and only its own department's referrals. Kept with the subscription because deliveries are made
 * long after the request, with no token at hand; a client's changed scopes count from its next change of the
 * subscription.
 *
 * @param userId     the Keycloak subject of the admin or of the client's service account
 * @param name       a name to show the admins: the admin's, or the client's service-account name
 * @param department the department of a department's system ({@code department} claim), else {@code null}
 * @param firmId     the firm a firm-bound client acts for, else {@code null}
 */
record Subscriber(Kind kind, String userId, String name, Set<String> scopes, String department, String firmId) {

    enum Kind { ADMIN, CLIENT }

    Subscriber {
        scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
    }

    /** The caller as a subscriber, bound to {@code firmId} when its token names a firm. */
    static Subscriber of(PortalUser user, String firmId) {
        if (!user.client() && user.has(PortalRole.ADMIN)) {
            return new Subscriber(Kind.ADMIN, user.id(), user.displayName(), Set.of(), null, null);
        }
        return new Subscriber(Kind.CLIENT, user.id(), user.username(), user.scopes(), user.department(), firmId);
    }

    public boolean admin() {
        return kind == Kind.ADMIN;
    }

    /** Whether events of this type can ever reach this subscriber: the scope, and a department for referrals. */
    boolean mayChoose(WebhookEventType type) {
        return admin() || scopes.contains(type.scope())
                && (type != WebhookEventType.REFERRAL_UPDATED || department != null);
    }

    /** Whether this subscriber may be told of this event. */
    boolean receives(WebhookEvent event) {
        if (admin()) {
            return true;
        }
        if (!mayChoose(event.type())) {
            return false;
        }
        if (firmId != null && !firmId.equals(event.enterpriseId())) {
            return false;
        }
        return event.type() != WebhookEventType.REFERRAL_UPDATED || department.equals(event.department());
    }
}
