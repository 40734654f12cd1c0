package cn.baiyun.hte.pool.selfcheck;

import java.util.Locale;
import java.util.Map;

import cn.baiyun.hte.assessment.TechSmeSnapshot;
import cn.baiyun.hte.pool.feedback.ResultExplanation;

import cn.baiyun.hte.platform.error.ProblemFactory;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.web.FormErrors;
import cn.baiyun.hte.platform.web.PageController;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * "科技型中小企业自评": the firm's tech-based SME evaluation from its own records, every item in plain words,
 * and the same evaluation with other figures. The what-if is a GET form: its result is a link, nothing is stored.
 */
@PageController
class TechSmeCheckPages {

    /** Where the what-if form's field names are in the messages. */
    private static final String LABELS = "techsme.whatif.";

    private final TechSmeCheckService checks;
    private final ProblemFactory messages;

    TechSmeCheckPages(TechSmeCheckService checks, ProblemFactory messages) {
        this.checks = checks;
        this.messages = messages;
    }

    @GetMapping("/firms/{enterpriseId}/tech-sme-check")
    Mono<String> show(PortalUser user, @PathVariable String enterpriseId,
                      @ModelAttribute("whatIf") TechSmeWhatIf whatIf, BindingResult binding,
                      ServerWebExchange exchange, Model model, Locale locale) {
        boolean asked = TechSmeWhatIf.FIELDS.stream().anyMatch(exchange.getRequest().getQueryParams()::containsKey);
        return checks.check(user, enterpriseId).map(check -> {
            model.addAttribute("firm", check.firm());
            model.addAttribute("check", check);
            model.addAttribute("errors", FormErrors.none());
            if (!check.evaluated()) {
                return "selfcheck/tech-sme";
            }
            model.addAttribute("items", TechSmeItem.of(check.snapshot(), check.evaluation(), check.certificate()));
            model.addAttribute("carried", filed(check.snapshot()));
            if (asked) {
                // Fields that could not be converted are empty here; the others are still checked.
                TechSmeCheck.WhatIf result = check.project(whatIf, checks.evaluator());
                if (binding.hasErrors() || !result.problems().isEmpty()) {
                    model.addAttribute("errors", FormErrors.of(binding, result.problems(), messages, locale, LABELS));
                } else {
                    model.addAttribute("result", result);
                    model.addAttribute("changes", TechSmeItem.of(result.snapshot(), result.evaluation(),
                            check.certificate()));
                }
            }
            return "selfcheck/tech-sme";
        });
    }

    /** The filed figures as the form's hints show them: what an empty field stands for. */
    private static Map<String, String> filed(TechSmeSnapshot s) {
        return Map.of("employees", String.valueOf(s.employees()), "stStaff", String.valueOf(s.stStaff()),
                "salesRevenueCny", ResultExplanation.figure(s.salesRevenueCny()),
                "totalAssetsCny", ResultExplanation.figure(s.totalAssetsCny()),
                "costAndExpenseTotalCny", ResultExplanation.figure(s.costAndExpenseTotalCny()),
                "rdExpenseCny119Caliber", ResultExplanation.figure(s.rdExpenseCny119Caliber()),
                "class1Ip", String.valueOf(s.class1Ip()), "class2Ip", String.valueOf(s.class2Ip()));
    }
}
