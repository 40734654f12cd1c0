package cn.baiyun.hte.pool.selfcheck;

import java.util.Locale;
import java.util.Map;

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
 * "My tier if the bureau assessed me today", and the same a year on with the figures the firm expects
 * (answered as {@link WhatIfPage} answers both self-checks).
 */
@PageController
class SelfCheckPages implements WhatIfPage.Parts<SelfCheck, SelfCheckWhatIf, SelfCheck.WhatIf> {

    private static final WhatIfPage.Form FORM = new WhatIfPage.Form("selfcheck/self-check", "selfcheck.whatif.",
            SelfCheckWhatIf.FIELDS);

    private final SelfCheckService selfChecks;
    private final WhatIfPage page;

    SelfCheckPages(SelfCheckService selfChecks, WhatIfPage page) {
        this.selfChecks = selfChecks;
        this.page = page;
    }

    @GetMapping("/firms/{enterpriseId}/self-check")
    Mono<String> show(PortalUser user, @PathVariable String enterpriseId,
                      @ModelAttribute("whatIf") SelfCheckWhatIf whatIf, BindingResult binding,
                      ServerWebExchange exchange, Model model, Locale locale) {
        return page.show(selfChecks.check(user, enterpriseId), FORM, this, whatIf, binding, exchange, model, locale);
    }

    @Override
    public void today(SelfCheck check, Model model) {
        model.addAttribute("explanation", ResultExplanation.of(check.today(), selfChecks.engine().rules()));
        model.addAttribute("carried", carried(check.lastYear()));
        model.addAttribute("yearInProgress", check.snapshot().assessmentDate().getYear());
    }

    @Override
    public SelfCheck.WhatIf whatIf(SelfCheck check, SelfCheckWhatIf typed) {
        return check.project(typed, selfChecks.engine());
    }

    @Override
    public void result(SelfCheck check, SelfCheck.WhatIf result, Model model) {
        ResultExplanation today = ResultExplanation.of(check.today(), selfChecks.engine().rules());
        ResultExplanation nextYear = ResultExplanation.of(result.projected(), selfChecks.engine().rules());
        model.addAttribute("result", result);
        model.addAttribute("figures", SelfCheckFigure.of(check.lastYear(), result.figures()));
        model.addAttribute("scoreItems", SelfCheckScoreItem.between(today, nextYear));
        model.addAttribute("changes", SelfCheckChange.between(check.today(), today, result.projected(), nextYear));
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
