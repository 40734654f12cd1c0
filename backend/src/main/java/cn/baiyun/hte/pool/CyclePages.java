package cn.baiyun.hte.pool;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

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
import reactor.core.publisher.Mono;

/** Reviewers open a year's cycle and keep its dates. */
@Controller
class CyclePages {

    private final CycleService cycles;
    private final ProblemFactory messages;
    private final Clock clock;

    CyclePages(CycleService cycles, ProblemFactory messages, Clock clock) {
        this.cycles = cycles;
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
    Mono<String> show(PortalUser user, @PathVariable int year, Model model) {
        return cycles.find(user, year).flatMap(cycle ->
                cyclePage(model, cycle, CycleForm.of(cycle.year(), cycle.dates(), cycle.version()), FormErrors.none()));
    }

    @PostMapping("/reviewer/cycles/{year}")
    Mono<String> reschedule(PortalUser user, @PathVariable int year, @ModelAttribute("form") CycleForm form,
                            BindingResult binding, Model model, Locale locale) {
        return cycles.find(user, year).flatMap(cycle -> {
            if (binding.hasErrors()) {
                return cyclePage(model, cycle, form, FormErrors.of(binding, List.of(), messages, locale));
            }
            return cycles.reschedule(user, year, form.toDates(), form.getVersion())
                    .map(saved -> "redirect:/reviewer/cycles/" + year + "?saved")
                    .onErrorResume(FormErrors::shownOnForm, error -> cyclePage(model, cycle, form,
                            FormErrors.of((PortalException) error, messages, locale)));
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

    private Mono<String> cyclePage(Model model, Cycle cycle, CycleForm form, FormErrors errors) {
        model.addAttribute("cycle", cycle);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("warning", cycle.deadlineWarning(LocalDate.now(clock)).orElse(null));
        return Mono.just("pool/cycle");
    }
}
