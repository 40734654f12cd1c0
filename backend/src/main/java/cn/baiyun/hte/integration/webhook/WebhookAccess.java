package cn.baiyun.hte.integration.webhook;

import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.security.PortalRole;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.security.Scopes;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Who manages webhooks: admins (people with the {@code admin} role, on the pages or with a token), every
 * subscription; integration clients holding {@value Scopes#WEBHOOKS_MANAGE}, their own only. Anyone else gets 403; a
 * client asking for another's subscription gets 404, as for one that does not exist.
 */
final class WebhookAccess {

    private WebhookAccess() {
    }

    static boolean admin(PortalUser user) {
        return !user.client() && user.has(PortalRole.ADMIN);
    }

    static void requireManager(PortalUser user) {
        if (!admin(user) && !(user.client() && user.hasScope(Scopes.WEBHOOKS_MANAGE))) {
            throw PortalException.forbidden();
        }
    }

    /** The subscriptions the caller sees: every one for admins, their own for clients. */
    static Criteria visible(PortalUser user) {
        requireManager(user);
        return admin(user) ? new Criteria() : Criteria.where("subscriber.userId").is(user.id());
    }
}
