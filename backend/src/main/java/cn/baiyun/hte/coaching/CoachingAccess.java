package cn.baiyun.hte.coaching;

import cn.baiyun.hte.enterprise.Enterprise;
import cn.baiyun.hte.enterprise.EnterpriseService;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.security.PortalUser;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Who may see and change a firm's visits, on top of the firm check of {@code FirmAccess} (which the
 * enterprise service applies): reviewers and the firm's approved members read; only reviewers log and
 * edit. Integration clients have no coaching scope yet, so they are refused before any firm is looked at.
 */
@Component
class CoachingAccess {

    private final EnterpriseService enterprises;

    CoachingAccess(EnterpriseService enterprises) {
        this.enterprises = enterprises;
    }

    /** The firm, for reviewers and its approved members; 404 for an unknown firm or someone else's. */
    Mono<Enterprise> readable(PortalUser user, String enterpriseId) {
        return user.client() ? Mono.error(PortalException.forbidden()) : enterprises.find(user, enterpriseId);
    }

    /** The firm, for reviewers only. */
    Mono<Enterprise> loggable(PortalUser user, String enterpriseId) {
        return user.isReviewer() && !user.client() ? enterprises.find(user, enterpriseId)
                : Mono.error(PortalException.forbidden());
    }

    /** Reviewers close any follow-up; a firm's members only those the firm took on. */
    static boolean mayClose(PortalUser user, FollowUp followUp) {
        return user.isReviewer() || followUp.owner() == Party.FIRM;
    }

    static Mono<Void> requireReviewer(PortalUser user) {
        return user.isReviewer() && !user.client() ? Mono.empty() : Mono.error(PortalException.forbidden());
    }
}
