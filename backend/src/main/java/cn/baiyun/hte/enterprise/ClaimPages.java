package cn.baiyun.hte.enterprise;

import java.util.Locale;

import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.error.ProblemFactory;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import reactor.core.publisher.Mono;

/** Claiming a firm (firm users) and deciding claims (reviewers). */
@Controller
class ClaimPages {

    private final ClaimService claims;
    private final ClaimViews views;
    private final ProblemFactory messages;

    ClaimPages(ClaimService claims, ClaimViews views, ProblemFactory messages) {
        this.claims = claims;
        this.views = views;
        this.messages = messages;
    }

    @GetMapping("/firms/claim")
    Mono<String> claimForm(PortalUser user, Model model) {
        return FirmAccess.requireEnterpriseUser(user)
                .then(claimPage(user, model, new ClaimRequest("", ""), FormErrors.none()));
    }

    @PostMapping("/firms/claim")
    Mono<String> claim(PortalUser user, @ModelAttribute ClaimRequest request, Model model, Locale locale) {
        return claims.claim(user, request.uscc(), request.name())
                .thenReturn("redirect:/?claimed")
                .onErrorResume(FormErrors::shownOnForm, error -> claimPage(user, model, request,
                        FormErrors.of((PortalException) error, messages, locale)));
    }

    @GetMapping("/reviewer/claims")
    Mono<String> queue(PortalUser user, Model model) {
        return queuePage(user, model, null, FormErrors.none());
    }

    @PostMapping("/reviewer/claims/{claimId}/approval")
    Mono<String> approve(PortalUser user, @PathVariable String claimId, Model model, Locale locale) {
        return claims.approve(user, claimId)
                .thenReturn("redirect:/reviewer/claims?approved")
                .onErrorResume(FormErrors::shownOnForm, error -> queuePage(user, model, claimId,
                        FormErrors.of((PortalException) error, messages, locale)));
    }

    @PostMapping("/reviewer/claims/{claimId}/rejection")
    Mono<String> reject(PortalUser user, @PathVariable String claimId, @ModelAttribute RejectionRequest request,
                        Model model, Locale locale) {
        return claims.reject(user, claimId, request.reason())
                .thenReturn("redirect:/reviewer/claims?rejected")
                .onErrorResume(FormErrors::shownOnForm, error -> queuePage(user, model, claimId,
                        FormErrors.of((PortalException) error, messages, locale)));
    }

    private Mono<String> claimPage(PortalUser user, Model model, ClaimRequest form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("claims", views.view(claims.claimsOf(user)).collectList());
        return Mono.just("enterprise/claim");
    }

    private Mono<String> queuePage(PortalUser user, Model model, String failedClaimId, FormErrors errors) {
        model.addAttribute("pending", views.view(claims.pendingClaims(user)).collectList());
        model.addAttribute("failedClaimId", failedClaimId);
        model.addAttribute("errors", errors);
        return Mono.just("enterprise/claims-queue");
    }
}
