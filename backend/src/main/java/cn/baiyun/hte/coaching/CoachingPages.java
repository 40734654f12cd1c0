package cn.baiyun.hte.coaching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import cn.baiyun.hte.enterprise.Enterprise;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.error.ProblemFactory;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.web.FormErrors;
import cn.baiyun.hte.platform.web.IfMatch;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import reactor.core.publisher.Mono;

/**
 * A firm's coaching visits: the list with the open follow-ups (the firm's own can be marked done there),
 * and for reviewers the forms to log and edit a visit. Forms carry the version they started from; a save
 * over someone else's newer save shows the conflict and changes nothing.
 */
@Controller
@RequestMapping("/firms/{enterpriseId}/coaching")
class CoachingPages {

    private static final String LIST = "coaching/visits";
    private static final String FORM = "coaching/visit-form";

    private final CoachingService coaching;
    private final CoachingAccess access;
    private final ProblemFactory messages;
    private final Clock clock;

    CoachingPages(CoachingService coaching, CoachingAccess access, ProblemFactory messages, Clock clock) {
        this.coaching = coaching;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    Mono<String> list(PortalUser user, @PathVariable String enterpriseId, Model model) {
        return list(user, enterpriseId, model, new FailedCompletion(null, null), FormErrors.none());
    }

    @GetMapping("/new")
    Mono<String> add(PortalUser user, @PathVariable String enterpriseId, Model model) {
        return access.loggable(user, enterpriseId)
                .map(firm -> form(model, firm, null, VisitForm.newVisit(LocalDate.now(clock)), FormErrors.none()));
    }

    @PostMapping("/new")
    Mono<String> create(PortalUser user, @PathVariable String enterpriseId, @ModelAttribute("form") VisitForm form,
                        BindingResult binding, Model model, Locale locale) {
        return access.loggable(user, enterpriseId).flatMap(firm -> save(binding, locale,
                () -> coaching.logVisit(user, enterpriseId, form.toDetails()),
                errors -> form(model, firm, null, form.withSpareRows(), errors), enterpriseId));
    }

    @GetMapping("/{visitId}/edit")
    Mono<String> edit(PortalUser user, @PathVariable String enterpriseId, @PathVariable String visitId, Model model) {
        return access.loggable(user, enterpriseId).zipWith(coaching.find(user, enterpriseId, visitId))
                .map(found -> form(model, found.getT1(), visitId, VisitForm.of(found.getT2()), FormErrors.none()));
    }

    @PostMapping("/{visitId}/edit")
    Mono<String> update(PortalUser user, @PathVariable String enterpriseId, @PathVariable String visitId,
                        @ModelAttribute("form") VisitForm form, BindingResult binding, Model model, Locale locale) {
        return access.loggable(user, enterpriseId).flatMap(firm -> save(binding, locale,
                () -> coaching.update(user, enterpriseId, visitId, form.toDetails(),
                        IfMatch.of(form.getVersion())),
                errors -> form(model, firm, visitId, form.withSpareRows(), errors), enterpriseId));
    }

    @PostMapping("/{visitId}/follow-ups/{followUpId}/completion")
    Mono<String> complete(PortalUser user, @PathVariable String enterpriseId, @PathVariable String visitId,
                          @PathVariable String followUpId, @ModelAttribute CompletionForm form, Model model,
                          Locale locale) {
        return coaching.complete(user, enterpriseId, visitId, followUpId, new Completion(form.getNote(), null),
                        IfMatch.of(form.getVersion()))
                .thenReturn("redirect:/firms/" + enterpriseId + "/coaching?completed")
                .onErrorResume(FormErrors::shownOnForm, error -> list(user, enterpriseId, model,
                        new FailedCompletion(followUpId, form.getNote()),
                        FormErrors.of((PortalException) error, messages, locale)));
    }

    private Mono<String> list(PortalUser user, String enterpriseId, Model model, FailedCompletion failed,
                              FormErrors errors) {
        return access.readable(user, enterpriseId)
                .zipWith(coaching.visitsOf(user, enterpriseId).collectList())
                .zipWith(coaching.openFollowUpsOf(user, enterpriseId).collectList())
                .map(found -> {
                    LocalDate today = LocalDate.now(clock);
                    model.addAttribute("firm", found.getT1().getT1());
                    List<CoachingVisit> visits = found.getT1().getT2();
                    model.addAttribute("visits", visits);
                    // A "mark done" form carries the version of the visit it changes.
                    model.addAttribute("versions", visits.stream()
                            .collect(Collectors.toMap(CoachingVisit::id, CoachingVisit::version)));
                    model.addAttribute("open", found.getT2().stream()
                            .map(entry -> new OpenRow(entry, entry.followUp().overdueOn(today),
                                    CoachingAccess.mayClose(user, entry.followUp())))
                            .toList());
                    model.addAttribute("mayLog", user.isReviewer());
                    model.addAttribute("today", today);
                    model.addAttribute("failed", failed);
                    model.addAttribute("errors", errors);
                    return LIST;
                });
    }

    /**
     * Runs {@code write} and goes back to the list, or shows the form again: with the fields that could
     * not even be read, the rules broken, or a newer version saved by someone else meanwhile.
     */
    private Mono<String> save(BindingResult binding, Locale locale, Supplier<Mono<CoachingVisit>> write,
                              Function<FormErrors, String> formAgain, String enterpriseId) {
        if (binding.hasErrors()) {
            return Mono.just(formAgain.apply(FormErrors.of(binding, List.of(), messages, locale)));
        }
        return write.get().map(saved -> "redirect:/firms/" + enterpriseId + "/coaching?saved")
                .onErrorResume(FormErrors::shownOnForm, error -> Mono.just(formAgain.apply(
                        FormErrors.of(VisitForm.onForm((PortalException) error), messages, locale))));
    }

    private String form(Model model, Enterprise firm, String visitId, VisitForm form, FormErrors errors) {
        model.addAttribute("firm", firm);
        model.addAttribute("visitId", visitId);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("topicGroups", CoachingTopic.byFocus());
        model.addAttribute("parties", Party.values());
        model.addAttribute("statuses", FollowUpStatus.values());
        return FORM;
    }

    /** An open follow-up on the list: whether it is overdue and whether the reader may mark it done. */
    record OpenRow(FollowUpEntry entry, boolean overdue, boolean mayClose) {
    }

    /** The follow-up whose "mark done" failed, with the note typed, to show them again; empty otherwise. */
    record FailedCompletion(String followUpId, String note) {

        public boolean is(String id) {
            return id.equals(followUpId);
        }
    }
}
