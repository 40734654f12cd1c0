package cn.baiyun.hte.home;

import java.time.Clock;
import java.time.LocalDate;

import cn.baiyun.hte.enterprise.ClaimService;
import cn.baiyun.hte.enterprise.ClaimViews;
import cn.baiyun.hte.platform.security.PortalRole;
import cn.baiyun.hte.publication.AnnouncementService;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import reactor.core.publisher.Mono;

/**
 * The landing page, one section per role the reader has: a firm user's firms with what to do next for
 * each (or the way to claim one), the bureau's work queue, a department's referrals with where each firm
 * stands, the platform's state for its operator; and for everyone the bureau's latest announcements.
 */
@PageController
class HomePage {

    /** How many of the latest announcements every reader sees on the home page. */
    static final int LATEST_ANNOUNCEMENTS = 3;

    private final ClaimService claims;
    private final ClaimViews views;
    private final FirmNextSteps firmSteps;
    private final ReviewerQueue reviewerQueue;
    private final DepartmentReferrals departmentReferrals;
    private final PlatformState platformState;
    private final AnnouncementService announcements;
    private final FirmRoadshows roadshows;
    private final Clock clock;

    HomePage(ClaimService claims, ClaimViews views, FirmNextSteps firmSteps, ReviewerQueue reviewerQueue,
             DepartmentReferrals departmentReferrals, PlatformState platformState, AnnouncementService announcements,
             FirmRoadshows roadshows,
             Clock clock) {
        this.claims = claims;
        this.views = views;
        this.firmSteps = firmSteps;
        this.reviewerQueue = reviewerQueue;
        this.departmentReferrals = departmentReferrals;
        this.platformState = platformState;
        this.announcements = announcements;
        this.roadshows = roadshows;
        this.clock = clock;
    }

    @GetMapping("/")
    Mono<String> home(PortalUser user, Model model) {
        model.addAttribute("latestAnnouncements", announcements.latest(LATEST_ANNOUNCEMENTS).collectList());
        if (user == null) {
            return Mono.just("home");
        }
        if (user.isFirmUser()) {
            model.addAttribute("claims", views.view(claims.claimsOf(user)).collectList());
            model.addAttribute("firmSteps", firmSteps.of(user).collectList());
            model.addAttribute("today", LocalDate.now(clock));
            model.addAttribute("roadshowRegistrations", roadshows.of(user).collectList());
        }
        if (user.isReviewer()) {
            model.addAttribute("queue", reviewerQueue.of(user));
        }
        if (user.isDepartmentOfficer() && user.department() != null) {
            model.addAttribute("referrals", departmentReferrals.of(user).collectList());
        }
        if (user.has(PortalRole.ADMIN)) {
            model.addAttribute("platform", platformState.of(user));
        }
        return Mono.just("home");
    }
}
