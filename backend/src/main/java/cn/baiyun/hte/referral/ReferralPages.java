package cn.baiyun.hte.referral;

import java.util.List;
import java.util.Locale;

import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.error.ProblemFactory;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.web.FormErrors;
import cn.baiyun.hte.platform.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import reactor.core.publisher.Mono;

/**
 * The referrals page: a department officer refers a firm on its form and follows the department's
 * referrals below it; reviewers read every department's, filtered by department, and record on a
 * referral's own page that the bureau contacted the firm or declined the referral.
 */
@PageController
@RequestMapping("/referrals")
class ReferralPages {

    private static final String PAGE = "referral/referrals";
    private static final String FOLLOW_UP = "referral/referral";
    /** Where the referral form's field names are in the messages. */
    private static final String LABELS = "referral.field.";
    /** Where the follow-up form's field names are. */
    private static final String FOLLOW_UP_LABELS = "referral.follow.field.";

    private final ReferralService referrals;
    private final ProblemFactory messages;

    ReferralPages(ReferralService referrals, ProblemFactory messages) {
        this.referrals = referrals;
        this.messages = messages;
    }

    @GetMapping
    Mono<String> list(PortalUser user, @RequestParam(required = false) String department,
                      @RequestParam(required = false) String cursor, Model model) {
        return page(user, new ReferralSearch(department, null, cursor), new ReferralRequest("", "", "", ""),
                FormErrors.none(), model);
    }

    @PostMapping
    Mono<String> refer(PortalUser user, @ModelAttribute("form") ReferralRequest form, Model model, Locale locale) {
        return referrals.refer(user, form)
                .thenReturn("redirect:/referrals?referred")
                .onErrorResume(FormErrors::shownOnForm, error -> page(user, new ReferralSearch(null, null, null),
                        form, FormErrors.of((PortalException) error, messages, locale, LABELS), model));
    }

    @GetMapping("/{referralId}")
    Mono<String> followUp(PortalUser user, @PathVariable String referralId, Model model) {
        return followUpPage(user, referralId, new ReferralStatusChange(null, ""), FormErrors.none(), model);
    }

    @PostMapping("/{referralId}/status")
    Mono<String> changeStatus(PortalUser user, @PathVariable String referralId,
                              @ModelAttribute("change") ReferralStatusChange change, Model model, Locale locale) {
        return referrals.changeStatus(user, referralId, change)
                .thenReturn("redirect:/referrals/" + referralId + "?changed")
                .onErrorResume(FormErrors::shownOnForm, error -> followUpPage(user, referralId, change,
                        FormErrors.of((PortalException) error, messages, locale, FOLLOW_UP_LABELS), model));
    }

    private Mono<String> followUpPage(PortalUser user, String referralId, ReferralStatusChange change,
                                      FormErrors errors, Model model) {
        return referrals.find(user, referralId).map(item -> {
            model.addAttribute("item", item);
            model.addAttribute("mayChange", user.isReviewer() && !user.client());
            model.addAttribute("change", change);
            model.addAttribute("errors", errors);
            return FOLLOW_UP;
        });
    }

    private Mono<String> page(PortalUser user, ReferralSearch search, ReferralRequest form, FormErrors errors,
                              Model model) {
        boolean reviewer = user.isReviewer();
        Mono<List<String>> departments = reviewer ? referrals.departments(user).collectList() : Mono.just(List.of());
        return referrals.page(user, search).zipWith(departments).map(found -> {
            model.addAttribute("items", found.getT1().items());
            model.addAttribute("next", found.getT1().next());
            model.addAttribute("departments", found.getT2());
            model.addAttribute("department", ReferralRules.strip(search.department()));
            model.addAttribute("reviewer", reviewer);
            model.addAttribute("mayRefer", ReferralAccess.mayRefer(user));
            model.addAttribute("form", form);
            model.addAttribute("errors", errors);
            return PAGE;
        });
    }
}
