package cn.baiyun.hte.pool.selfcheck;

import java.util.Locale;
import java.util.Map;

import cn.baiyun.hte.assessment.TechSmeSnapshot;
import cn.baiyun.hte.platform.security.PortalUser;
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
 * "科技型中小企业自评": the firm's tech-based SME evaluation from its own records, every item in plain words,
 * and the same evaluation with other figures (answered as {@link WhatIfPage} answers both self-checks).
 */
@PageController
class TechSmeCheckPages implements WhatIfPage.Parts<TechSmeCheck, TechSmeWhatIf, TechSmeCheck.WhatIf> {

    private static final WhatIfPage.Form FORM = new WhatIfPage.Form("selfcheck/tech-sme", "techsme.whatif.",
            TechSmeWhatIf.FIELDS);

    private final TechSmeCheckService checks;
    private final WhatIfPage page;

    TechSmeCheckPages(TechSmeCheckService checks, WhatIfPage page) {
        this.checks = checks;
        this.page = page;
    }

    @GetMapping("/firms/{enterpriseId}/tech-sme-check")
    Mono<String> show(PortalUser user, @PathVariable String enterpriseId, @ModelAttribute("whatIf") TechSmeWhatIf typed,
                      BindingResult binding, ServerWebExchange exchange, Model model, Locale locale) {
        return page.show(checks.check(user, enterpriseId), FORM, this, typed, binding, exchange, model, locale);
    }

    @Override
    public void today(TechSmeCheck check, Model model) {
        model.addAttribute("items", TechSmeItem.of(check.snapshot(), check.evaluation(), check.certificate()));
        model.addAttribute("carried", filed(check.snapshot()));
        model.addAttribute("whatIfFields", FORM.fields());
    }

    @Override
    public TechSmeCheck.WhatIf whatIf(TechSmeCheck check, TechSmeWhatIf typed) {
        return check.project(typed, checks.evaluator());
    }

    @Override
    public void result(TechSmeCheck check, TechSmeCheck.WhatIf result, Model model) {
        model.addAttribute("result", result);
        model.addAttribute("changes", TechSmeItem.of(result.snapshot(), result.evaluation(), check.certificate()));
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
