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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import reactor.core.publisher.Mono;

/**
 * The referrals page: a department officer refers a firm on its form and follows the department's
 * referrals below it; reviewers read every department's, filtered by department.
 */
@PageController
@RequestMapping("/referrals")
class ReferralPages {

    private static final String PAGE = "referral/referrals";
    /** Where the referral form's field names are in the messages. */
    private static final String LABELS = "referral.field.";

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
