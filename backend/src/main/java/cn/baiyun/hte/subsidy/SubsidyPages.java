package cn.baiyun.hte.subsidy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.error.ProblemFactory;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.web.BoundForm;
import cn.baiyun.hte.platform.web.FormBinder;
import cn.baiyun.hte.platform.web.FormErrors;
import cn.baiyun.hte.platform.web.IfMatch;
import cn.baiyun.hte.platform.web.PageController;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The reviewers' subsidy pages: a year's schedule with its committed and expected amounts by event, and the form
 * to add or change a row.
 */
@PageController
@RequestMapping("/reviewer/subsidies")
class SubsidyPages {

    private static final String LABELS = "subsidy.field.";

    private final SubsidySchedule schedule;
    private final SubsidyOutlooks outlooks;
    private final FormBinder binder;
    private final ProblemFactory messages;
    private final Clock clock;

    SubsidyPages(SubsidySchedule schedule, SubsidyOutlooks outlooks, FormBinder binder, ProblemFactory messages,
                 Clock clock) {
        this.schedule = schedule;
        this.outlooks = outlooks;
        this.binder = binder;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    Mono<String> year(PortalUser user, @RequestParam(required = false) Integer year, Model model) {
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        return SubsidyAccess.requireEditor(user).then(outlooks.forYear(user, shown)).map(outlook -> {
            model.addAttribute("outlook", outlook);
            return "subsidy/year";
        });
    }

    @GetMapping("/rates/new")
    Mono<String> add(PortalUser user, Model model) {
        return SubsidyAccess.requireEditor(user).then(Mono.fromSupplier(() -> form(model, null,
                new RateDetails(LocalDate.now(clock).getYear(), null, null, null, null), null, FormErrors.none())));
    }

    @PostMapping("/rates/new")
    Mono<String> create(PortalUser user, ServerWebExchange exchange, Model model, Locale locale) {
        return SubsidyAccess.requireEditor(user).then(exchange.getFormData()).flatMap(data -> save(data, locale,
                details -> schedule.add(user, details), (form, errors) -> form(model, null, form, null, errors)));
    }

    @GetMapping("/rates/{rateId}")
    Mono<String> edit(PortalUser user, @PathVariable String rateId, Model model) {
        return SubsidyAccess.requireEditor(user).then(schedule.find(user, rateId)).map(rate -> form(model, rateId,
                rate.details(), String.valueOf(rate.version()), FormErrors.none()));
    }

    @PostMapping("/rates/{rateId}")
    Mono<String> update(PortalUser user, @PathVariable String rateId, ServerWebExchange exchange, Model model,
                        Locale locale) {
        return SubsidyAccess.requireEditor(user).then(exchange.getFormData()).flatMap(data -> save(data, locale,
                details -> schedule.update(user, rateId, details, IfMatch.of(data.getFirst("version"))),
                (form, errors) -> form(model, rateId, form, data.getFirst("version"), errors)));
    }

    private Mono<String> save(MultiValueMap<String, String> data, Locale locale,
                              Function<RateDetails, Mono<SubsidyRate>> write,
                              BiFunction<RateDetails, FormErrors, String> again) {
        MultiValueMap<String, String> values = new LinkedMultiValueMap<>(data);
        values.remove("version");
        BoundForm<RateDetails> posted = binder.bind(values, RateDetails.class);
        if (posted.hasErrors()) {
            return Mono.just(again.apply(posted.value(), FormErrors.of(posted.binding(),
                    RateRules.problems(RateRules.normalized(posted.value())), messages, locale, LABELS)));
        }
        return write.apply(posted.value())
                .map(saved -> "redirect:/reviewer/subsidies?year=" + saved.year())
                .onErrorResume(FormErrors::shownOnForm, error -> Mono.just(again.apply(posted.value(),
                        FormErrors.of((PortalException) error, messages, locale, LABELS))));
    }

    private static String form(Model model, String rateId, RateDetails form, String version, FormErrors errors) {
        model.addAttribute("rateId", rateId);
        model.addAttribute("form", form);
        model.addAttribute("version", version);
        model.addAttribute("events", SubsidyEvent.values());
        model.addAttribute("errors", errors);
        return "subsidy/rate-form";
    }
}
