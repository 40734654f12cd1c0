package cn.baiyun.hte.pool.selfcheck;

import java.util.Locale;
import java.util.Map;

import cn.baiyun.hte.assessment.RuleSet;
import cn.baiyun.hte.platform.error.ProblemFactory;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.web.FormErrors;
import cn.baiyun.hte.platform.web.PageController;
import cn.baiyun.hte.pool.feedback.ResultExplanation;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * "My tier if the bureau assessed me today", and the same a year on with the figures the firm expects.
 * The what-if is a GET form: its result is a link, and nothing is stored.
 */
@PageController
class SelfCheckPages {

    /** Where the what-if form's field names are in the messages. */
    private static final String LABELS = "selfcheck.whatif.";

    private final SelfCheckService selfChecks;
    private final ProblemFactory messages;

    SelfCheckPages(SelfCheckService selfChecks, ProblemFactory messages) {
        this.selfChecks = selfChecks;
        this.messages = messages;
    }

    @GetMapping("/firms/{enterpriseId}/self-check")
    Mono<String> show(PortalUser user, @PathVariable String enterpriseId,
                      @ModelAttribute("whatIf") SelfCheckWhatIf whatIf, BindingResult binding,
                      ServerWebExchange exchange, Model model, Locale locale) {
        boolean asked = SelfCheckWhatIf.FIELDS.stream().anyMatch(exchange.getRequest().getQueryParams()::containsKey);
        return selfChecks.check(user, enterpriseId).map(check -> {
            model.addAttribute("firm", check.firm());
            model.addAttribute("check", check);
            model.addAttribute("errors", FormErrors.none());
            if (!check.assessed()) {
                return "selfcheck/self-check";
            }
            RuleSet rules = selfChecks.engine().rules();
            ResultExplanation today = ResultExplanation.of(check.today(), rules);
            model.addAttribute("explanation", today);
            model.addAttribute("carried", carried(check.lastYear()));
            model.addAttribute("yearInProgress", check.snapshot().assessmentDate().getYear());
            if (asked) {
                // Fields that could not be converted are empty here; the others are still checked.
                SelfCheck.WhatIf result = check.project(whatIf, selfChecks.engine());
                if (binding.hasErrors() || !result.problems().isEmpty()) {
                    model.addAttribute("errors", FormErrors.of(binding, result.problems(), messages, locale, LABELS));
                } else {
                    ResultExplanation nextYear = ResultExplanation.of(result.projected(), rules);
                    model.addAttribute("result", result);
                    model.addAttribute("figures", SelfCheckFigure.of(check.lastYear(), result.figures()));
                    model.addAttribute("scoreItems", SelfCheckScoreItem.between(today, nextYear));
                    model.addAttribute("changes", SelfCheckChange.between(check.today(), today, result.projected(),
                            nextYear));
                }
            }
            return "selfcheck/self-check";
        });
    }

    /** Last year's figures as the form's hints show them: what an empty field stands for. */
    private static Map<String, String> carried(SelfCheckProjection.Figures last) {
        return Map.of("rdSpend", ResultExplanation.figure(last.rdSpend()),
                "salesRevenue", ResultExplanation.figure(last.salesRevenue()),
                "netAssets", ResultExplanation.figure(last.netAssets()),
                "stStaff", ResultExplanation.figure(last.stStaff()),
                "totalStaff", ResultExplanation.figure(last.totalStaff()),
                "transformations", String.valueOf(last.transformations()));
    }
}
