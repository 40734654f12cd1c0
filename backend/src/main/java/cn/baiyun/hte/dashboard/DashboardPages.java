package cn.baiyun.hte.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import cn.baiyun.hte.assessment.TierResult;
import cn.baiyun.hte.enterprise.TechnicalFieldCatalogue;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.error.ProblemFactory;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.time.ClockConfiguration;
import cn.baiyun.hte.platform.web.BoundForm;
import cn.baiyun.hte.platform.web.FormBinder;
import cn.baiyun.hte.platform.web.FormErrors;
import cn.baiyun.hte.platform.web.IfMatch;
import cn.baiyun.hte.platform.web.PageController;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard's pages: the dashboard itself (reviewers in full, department officers the subset), its workbook,
 * the firm list behind a number and the targets' form (reviewers only). Firm users get 403 on every one.
 */
@PageController
class DashboardPages {

    private static final String LABELS = "dashboard.targets.field.";

    private final DashboardService dashboards;
    private final DrillDowns drillDowns;
    private final ChainDrillDowns chainDrillDowns;
    private final TargetService targets;
    private final DashboardWorkbook workbook;
    private final FormBinder binder;
    private final ProblemFactory problems;
    private final MessageSource messages;
    private final TechnicalFieldCatalogue catalogue;
    private final JsonMapper json;
    private final Clock clock;

    DashboardPages(DashboardService dashboards, DrillDowns drillDowns, ChainDrillDowns chainDrillDowns,
                   TargetService targets, DashboardWorkbook workbook, FormBinder binder, ProblemFactory problems,
                   MessageSource messages, TechnicalFieldCatalogue catalogue, JsonMapper json, Clock clock) {
        this.dashboards = dashboards;
        this.drillDowns = drillDowns;
        this.chainDrillDowns = chainDrillDowns;
        this.targets = targets;
        this.workbook = workbook;
        this.binder = binder;
        this.problems = problems;
        this.messages = messages;
        this.catalogue = catalogue;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/dashboard")
    Mono<String> dashboard(PortalUser user, Model model, Locale locale) {
        return dashboards.dashboard(user, today(), locale).map(d -> {
            model.addAttribute("d", d);
            model.addAttribute("charts", DashboardCharts.json(d, messages, locale, json));
            model.addAttribute("tiers", List.of(TierResult.TIER_1, TierResult.TIER_2, TierResult.TIER_3));
            model.addAttribute("departments", BreakdownTable.departments(d.departments(), messages, locale));
            if (d.chains() != null) {
                model.addAttribute("chains", BreakdownTable.chains(d.chains().chains(), DrillMetric.CHAIN, d.full(),
                        messages, locale));
                model.addAttribute("clusters", BreakdownTable.chains(d.chains().clusters(), DrillMetric.CLUSTER,
                        d.full(), messages, locale));
            }
            return "dashboard/dashboard";
        });
    }

    @GetMapping("/dashboard.xlsx")
    Mono<ResponseEntity<byte[]>> download(PortalUser user, Locale locale) {
        return workbook.download(dashboards.dashboard(user, today(), locale), locale);
    }

    /** The firms behind a number; a selection the list cannot read is said on the page, not as an error page. */
    @GetMapping("/dashboard/firms")
    Mono<String> firms(PortalUser user, @ModelAttribute("drill") Drill drill, Model model, Locale locale) {
        LocalDate today = today();
        model.addAttribute("today", today);
        model.addAttribute("metric", drill.parsedMetric());
        model.addAttribute("stage", drill.parsedStage());
        model.addAttribute("tier", drill.parsedTier());
        model.addAttribute("fieldLabel", drill.field() == null || drill.field().isBlank() ? null
                : catalogue.label(drill.field().strip(), locale));
        model.addAttribute("column", drill.parsedColumn());
        model.addAttribute("departmentColumn", drill.parsedDepartmentColumn());
        return drillDowns.page(user, drill, null, today)
                .flatMap(page -> groupLabel(user, drill, today, locale).map(label -> {
                    model.addAttribute("groupLabel", label);
                    model.addAttribute("rows", page.rows());
                    model.addAttribute("next", page.next());
                    model.addAttribute("errors", FormErrors.none());
                    return "dashboard/firms";
                }))
                .onErrorResume(FormErrors::shownOnForm, error -> {
                    model.addAttribute("rows", List.of());
                    model.addAttribute("next", null);
                    model.addAttribute("errors", FormErrors.of((PortalException) error, problems, locale, "dashboard.drill.field."));
                    return Mono.just("dashboard/firms");
                });
    }

    /** The name of the chain or cluster a list stands behind, for its heading; empty text for other lists. */
    private Mono<String> groupLabel(PortalUser user, Drill drill, LocalDate today, Locale locale) {
        if (!drill.byChain()) {
            return Mono.just("");
        }
        return chainDrillDowns.line(user, drill, today).map(line -> line.label(locale) != null ? line.label(locale)
                : messages.getMessage("dashboard.chains.unchained", null, locale));
    }

    @GetMapping("/dashboard/targets")
    Mono<String> targetsForm(PortalUser user, @RequestParam(required = false) Integer year, Model model) {
        int shown = year == null ? today().getYear() : year;
        return DashboardService.requireReviewer(user)
                .then(Mono.defer(() -> shown < TargetValidator.FIRST_YEAR || shown > TargetValidator.LAST_YEAR
                        ? Mono.error(PortalException.notFound()) : targets.effective(shown)))
                .map(TargetForm::of)
                .defaultIfEmpty(new TargetForm(shown, null, null, null, null))
                .flatMap(form -> targetsPage(model, form, FormErrors.none()));
    }

    @PostMapping("/dashboard/targets")
    Mono<String> saveTargets(PortalUser user, ServerWebExchange exchange, Model model, Locale locale) {
        return DashboardService.requireReviewer(user).then(exchange.getFormData()).flatMap(data -> {
            BoundForm<TargetForm> posted = binder.bind(data, TargetForm.class);
            TargetForm form = posted.value();
            int year = form.year() == null ? 0 : form.year();
            if (posted.hasErrors()) {
                return targetsPage(model, form, FormErrors.of(posted.binding(),
                        TargetValidator.validate(year, form.request()), problems, locale, LABELS));
            }
            return targets.set(user, year, form.request(),
                            form.version() == null ? IfMatch.unconditional() : IfMatch.of(form.version()))
                    .map(saved -> "redirect:/dashboard?saved")
                    .onErrorResume(FormErrors::shownOnForm, error -> targetsPage(model, form,
                            FormErrors.of((PortalException) error, problems, locale, LABELS)));
        });
    }

    private Mono<String> targetsPage(Model model, TargetForm form, FormErrors errors) {
        return targets.all().collectList().map(all -> {
            model.addAttribute("form", form);
            model.addAttribute("errors", errors);
            model.addAttribute("years", all);
            return "dashboard/targets";
        });
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ClockConfiguration.ZONE);
    }
}
