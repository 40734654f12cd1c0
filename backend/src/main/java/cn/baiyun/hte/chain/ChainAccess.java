package cn.baiyun.hte.chain;

import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.security.Scopes;
import reactor.core.publisher.Mono;

/**
 * Who may do what with chains and tags. Reviewers edit the list of chains; reviewers and officers of 工信局
 * (the plan's lead for industry clusters, 三(七)) tag firms; firm users, other departments and integration
 * clients may not. The list and the figures are read by reviewers, department officers and clients holding
 * {@value Scopes#DASHBOARD_READ}; only reviewers see which firms are behind a figure.
 */
final class ChainAccess {

    /** The department whose officers tag firms, as its officers' {@code department} attribute names it. */
    static final String INDUSTRY_BUREAU = "工信局";

    private ChainAccess() {
    }

    static boolean mayTag(PortalUser user) {
        return !user.client() && (user.isReviewer()
                || user.isDepartmentOfficer() && INDUSTRY_BUREAU.equals(user.department()));
    }

    static Mono<Void> requireTagger(PortalUser user) {
        return mayTag(user) ? Mono.empty() : Mono.error(PortalException.forbidden());
    }

    static Mono<Void> requireEditor(PortalUser user) {
        return user.isReviewer() && !user.client() ? Mono.empty() : Mono.error(PortalException.forbidden());
    }

    static boolean mayRead(PortalUser user) {
        return user.client() ? user.hasScope(Scopes.DASHBOARD_READ) : user.isReviewer() || user.isDepartmentOfficer();
    }

    static Mono<Void> requireReader(PortalUser user) {
        return mayRead(user) ? Mono.empty() : Mono.error(PortalException.forbidden());
    }

    /** Firm ids behind the figures are for the bureau's people only (drill-down to firms). */
    static boolean seesFirms(PortalUser user) {
        return user.isReviewer() && !user.client();
    }
}
