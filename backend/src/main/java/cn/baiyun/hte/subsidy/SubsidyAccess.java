package cn.baiyun.hte.subsidy;

import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.security.Scopes;
import reactor.core.publisher.Mono;

/**
 * Reviewers edit the schedule. The schedule and the year's amounts are programme-wide figures, no firm's own
 * data: reviewers, department officers and clients holding {@value Scopes#DASHBOARD_READ} read them.
 */
final class SubsidyAccess {

    private SubsidyAccess() {
    }

    static Mono<Void> requireEditor(PortalUser user) {
        return user.isReviewer() && !user.client() ? Mono.empty() : Mono.error(PortalException.forbidden());
    }

    static Mono<Void> requireReader(PortalUser user) {
        boolean reads = user.client() ? user.hasScope(Scopes.DASHBOARD_READ)
                : user.isReviewer() || user.isDepartmentOfficer();
        return reads ? Mono.empty() : Mono.error(PortalException.forbidden());
    }
}
