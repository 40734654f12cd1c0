package cn.baiyun.hte.pool.recommendation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.error.ProblemFactory;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.time.ClockConfiguration;
import cn.baiyun.hte.platform.web.FormErrors;
import cn.baiyun.hte.platform.web.PageController;
import cn.baiyun.hte.pool.cycle.Cycle;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reviewers read a cycle's recommendation list, download it and mark it as recommended. */
@PageController
class RecommendationPages {

    /** Where the marking form's field names are in the messages. */
    private static final String LABELS = "recommendation.field.";

    /**
     * The marking form, bound through a model attribute (WebFlux's request parameters are the query only).
     * A bean rather than a record: a date that cannot be read then lands in the binding result and is shown
     * next to its field, instead of failing the whole request.
     */
    public static class MarkForm {

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate date;

        static MarkForm of(LocalDate date) {
            MarkForm form = new MarkForm();
            form.date = date;
            return form;
        }

        public LocalDate getDate() { return date; }
        public void setDate(LocalDate date) { this.date = date; }
    }

    private final RecommendationService recommendations;
    private final RecommendationDownloads downloads;
    private final ProblemFactory messages;
    private final Clock clock;

    RecommendationPages(RecommendationService recommendations, RecommendationDownloads downloads,
                        ProblemFactory messages, Clock clock) {
        this.recommendations = recommendations;
        this.downloads = downloads;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/reviewer/cycles/{year}/recommendation")
    Mono<String> show(PortalUser user, @PathVariable int year, @RequestParam(required = false) String cursor,
                      Model model) {
        return recommendations.cycle(user, year).flatMap(cycle -> page(user, model, cycle, cursor,
                MarkForm.of(today()), FormErrors.none()));
    }

    @PostMapping("/reviewer/cycles/{year}/recommendation")
    Mono<String> mark(PortalUser user, @PathVariable int year, @ModelAttribute("form") MarkForm form,
                      BindingResult binding, Model model, Locale locale) {
        return recommendations.cycle(user, year).flatMap(cycle -> {
            if (binding.hasErrors()) {
                return page(user, model, cycle, null, form,
                        FormErrors.of(binding, List.of(), messages, locale, LABELS));
            }
            return recommendations.mark(user, year, form.getDate())
                    .map(marking -> "redirect:/reviewer/cycles/" + year + "/recommendation?marked")
                    .onErrorResume(FormErrors::shownOnForm, error -> page(user, model, cycle, null, form,
                            FormErrors.of((PortalException) error, messages, locale, LABELS)));
        });
    }

    @GetMapping("/reviewer/cycles/{year}/recommendations.xlsx")
    Mono<ResponseEntity<byte[]>> xlsx(PortalUser user, @PathVariable int year, Locale locale) {
        return downloads.xlsx(user, year, locale);
    }

    @GetMapping("/reviewer/cycles/{year}/recommendations.csv")
    Mono<ResponseEntity<Flux<DataBuffer>>> csv(PortalUser user, @PathVariable int year, Locale locale) {
        return downloads.csv(user, year, locale);
    }

    private Mono<String> page(PortalUser user, Model model, Cycle cycle, String cursor, MarkForm form,
                              FormErrors errors) {
        return recommendations.page(user, cycle.year(), null, cursor)
                .zipWith(recommendations.hasFirms(cycle)).map(found -> {
            model.addAttribute("cycle", cycle);
            model.addAttribute("rows", found.getT1());
            model.addAttribute("listed", found.getT2());
            model.addAttribute("form", form);
            model.addAttribute("errors", errors);
            model.addAttribute("warnings", cycle.deadlineWarnings(today()));
            return "recommendation/list";
        });
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ClockConfiguration.ZONE);
    }
}
