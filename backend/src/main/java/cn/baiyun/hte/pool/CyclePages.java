package cn.baiyun.hte.pool;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import cn.baiyun.hte.assessment.TierResult;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.error.ProblemFactory;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import reactor.core.publisher.Mono;

/** Reviewers open a year's cycle, keep its dates, run its assessment and decide the tiers. */
@Controller
class CyclePages {

    /** Form posts bind through model attributes: WebFlux's request parameters are the query string only. */
    record RunForm(Boolean includeSubmitted) {
    }

    record DecisionForm(TierResult tier, String reason) {
    }

    private final CycleService cycles;
    private final AssessmentRunner runner;
    private final PoolService pool;
    private final ProblemFactory messages;
    private final Clock clock;

    CyclePages(CycleService cycles, AssessmentRunner runner, PoolService pool, ProblemFactory messages, Clock clock) {
        this.cycles = cycles;
        this.runner = runner;
        this.pool = pool;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/reviewer/cycles")
    Mono<String> list(PortalUser user, Model model) {
        int next = LocalDate.now(clock).getYear();
        return listPage(user, model, CycleForm.of(next, CycleDates.defaultsFor(next), null), FormErrors.none());
    }

    @PostMapping("/reviewer/cycles")
    Mono<String> open(PortalUser user, @ModelAttribute("form") CycleForm form, BindingResult binding, Model model,
                      Locale locale) {
        if (binding.hasErrors()) {
            return listPage(user, model, form, FormErrors.of(binding, List.of(), messages, locale));
        }
        return cycles.open(user, form.getYear(), form.toDates())
                .map(cycle -> "redirect:/reviewer/cycles/" + cycle.year() + "?opened")
                .onErrorResume(FormErrors::shownOnForm, error -> listPage(user, model, form,
                        FormErrors.of((PortalException) error, messages, locale)));
    }

    @GetMapping("/reviewer/cycles/{year}")
    Mono<String> show(PortalUser user, @PathVariable int year, @RequestParam(required = false) TierResult tier,
                      @RequestParam(required = false) String cursor, Model model) {
        return cycles.find(user, year).flatMap(cycle -> cyclePage(user, model, cycle, new PoolSearch(year, tier, null,
                null, cursor), CycleForm.of(cycle.year(), cycle.dates(), cycle.version()), FormErrors.none()));
    }

    @PostMapping("/reviewer/cycles/{year}/assessment-runs")
    Mono<String> run(PortalUser user, @PathVariable int year, @ModelAttribute RunForm form, Model model,
                     Locale locale) {
        return runner.start(user, year, Boolean.TRUE.equals(form.includeSubmitted()))
                .map(started -> "redirect:/reviewer/cycles/" + year + "?started")
                .onErrorResume(FormErrors::shownOnForm, error -> cycles.find(user, year).flatMap(cycle ->
                        cyclePage(user, model, cycle, PoolSearch.all(year),
                                CycleForm.of(cycle.year(), cycle.dates(), cycle.version()),
                                FormErrors.of((PortalException) error, messages, locale))));
    }

    @PostMapping("/reviewer/cycles/{year}/entries/{enterpriseId}/decision")
    Mono<String> decide(PortalUser user, @PathVariable int year, @PathVariable String enterpriseId,
                        @ModelAttribute DecisionForm form, Model model, Locale locale) {
        return pool.decide(user, year, enterpriseId, form.tier(), form.reason())
                .map(decided -> "redirect:/reviewer/cycles/" + year + "?decided")
                .onErrorResume(FormErrors::shownOnForm, error -> cycles.find(user, year).flatMap(cycle -> {
                    model.addAttribute("failedEntry", enterpriseId);
                    return cyclePage(user, model, cycle, PoolSearch.all(year),
                            CycleForm.of(cycle.year(), cycle.dates(), cycle.version()),
                            FormErrors.of((PortalException) error, messages, locale));
                }));
    }

    @PostMapping("/reviewer/cycles/{year}")
    Mono<String> reschedule(PortalUser user, @PathVariable int year, @ModelAttribute("form") CycleForm form,
                            BindingResult binding, Model model, Locale locale) {
        return cycles.find(user, year).flatMap(cycle -> {
            if (binding.hasErrors()) {
                return cyclePage(user, model, cycle, PoolSearch.all(year), form,
                        FormErrors.of(binding, List.of(), messages, locale));
            }
            return cycles.reschedule(user, year, form.toDates(), form.getVersion())
                    .map(saved -> "redirect:/reviewer/cycles/" + year + "?saved")
                    .onErrorResume(FormErrors::shownOnForm, error -> cyclePage(user, model, cycle,
                            PoolSearch.all(year), form, FormErrors.of((PortalException) error, messages, locale)));
        });
    }

    private Mono<String> listPage(PortalUser user, Model model, CycleForm form, FormErrors errors) {
        return cycles.all(user).collectList().map(all -> {
            model.addAttribute("cycles", all);
            model.addAttribute("form", form);
            model.addAttribute("errors", errors);
            model.addAttribute("today", LocalDate.now(clock));
            return "pool/cycles";
        });
    }

    private Mono<String> cyclePage(PortalUser user, Model model, Cycle cycle, PoolSearch search, CycleForm form,
                                   FormErrors errors) {
        model.addAttribute("cycle", cycle);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("warning", cycle.deadlineWarning(LocalDate.now(clock)).orElse(null));
        model.addAttribute("tiers", TierResult.values());
        model.addAttribute("tier", search.proposedTier());
        model.addAttribute("entries", pool.entries(user, search));
        return Mono.just("pool/cycle");
    }
}
