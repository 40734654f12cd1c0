package cn.baiyun.hte.referral;

import java.util.Optional;

import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.security.Scopes;

/**
 * Who refers firms and whose referrals they read. A referral always belongs to the caller's own
 * department: a department officer's account attribute, or for an integration client the {@code department}
 * claim of its token (a hardcoded-claim mapper on its Keycloak client); such a client refers with
 * {@value Scopes#REFERRALS_WRITE} and reads with {@value Scopes#REFERRALS_READ}. A client without that claim is
 * refused: it has no department to act for, and the request body never names one.
 */
final class ReferralAccess {

    private ReferralAccess() {
    }

    /** The department the caller refers for; 403 for anyone who does not refer for a department. */
    static String referringDepartment(PortalUser user) {
        return departmentActedFor(user, Scopes.REFERRALS_WRITE).orElseThrow(PortalException::forbidden);
    }

    static boolean mayRefer(PortalUser user) {
        return departmentActedFor(user, Scopes.REFERRALS_WRITE).isPresent();
    }

    /** The officer's department, or a client's holding {@code clientScope}. */
    private static Optional<String> departmentActedFor(PortalUser user, String clientScope) {
        boolean acts = user.client() ? user.hasScope(clientScope) : user.isDepartmentOfficer();
        if (!acts || user.department() == null || user.department().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(user.department());
    }

    /**
     * The department whose referrals the caller reads, or empty for all of them. Reviewers read every
     * department's, or the one they filter by; those who refer read their own department's only, and a
     * filter naming another department is refused rather than quietly ignored.
     */
    static Optional<String> readableDepartment(PortalUser user, String filter) {
        String wanted = ReferralRules.strip(filter);
        if (user.isReviewer() && !user.client()) {
            return Optional.ofNullable(wanted);
        }
        String own = departmentActedFor(user, Scopes.REFERRALS_READ).orElseThrow(PortalException::forbidden);
        if (wanted != null && !wanted.equals(own)) {
            throw PortalException.forbidden();
        }
        return Optional.of(own);
    }
}
