package cn.baiyun.hte.roadshow;

import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.security.Scopes;

/**
 * Who organises events and who reads what. Reviewers (区科技局) and the officers of the finance office
 * ({@value #FINANCE_OFFICE}) organise: create and manage events, decide, check in, record outcomes, read every
 * registration. Other departments' officers do not. Integration clients holding {@value Scopes#ROADSHOWS_READ} read
 * published events and their registrations, without attendees' phone numbers unless the firm consented.
 */
public final class RoadshowAccess {

    public static final String FINANCE_OFFICE = "金融办";

    private RoadshowAccess() {
    }

    public static boolean mayOrganise(PortalUser user) {
        if (user == null || user.client()) {
            return false;
        }
        return user.isReviewer() || user.isDepartmentOfficer() && FINANCE_OFFICE.equals(user.department());
    }

    static void requireOrganiser(PortalUser user) {
        if (!mayOrganise(user)) {
            throw PortalException.forbidden();
        }
    }

    /** Organisers, and clients reading for investors' or partners' systems. */
    static boolean mayReadRegistrations(PortalUser user) {
        return mayOrganise(user) || user != null && user.client() && user.hasScope(Scopes.ROADSHOWS_READ);
    }
}
