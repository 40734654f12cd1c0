package cn.baiyun.hte.enterprise;

import cn.baiyun.hte.platform.security.PortalUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import reactor.core.publisher.Mono;

/**
 * The landing page. A firm user sees their firms and claims, and is led to claim a firm when they have
 * none; a reviewer sees the claims waiting for them.
 */
@Controller
class HomePage {

    private final EnterpriseService enterprises;
    private final ClaimService claims;
    private final ClaimViews views;

    HomePage(EnterpriseService enterprises, ClaimService claims, ClaimViews views) {
        this.enterprises = enterprises;
        this.claims = claims;
        this.views = views;
    }

    @GetMapping("/")
    Mono<String> home(PortalUser user, Model model) {
        if (user == null) {
            return Mono.just("home");
        }
        model.addAttribute("firms", enterprises.firmsOf(user).collectList());
        model.addAttribute("claims", views.view(claims.claimsOf(user)).collectList());
        if (user.isReviewer()) {
            model.addAttribute("pendingCount", claims.pendingClaims(user).count());
        }
        return Mono.just("home");
    }
}
