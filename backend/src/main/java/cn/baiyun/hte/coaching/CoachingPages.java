package cn.baiyun.hte.coaching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.baiyun.hte.enterprise.Enterprise;
import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.error.ProblemFactory;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.web.BoundForm;
import cn.baiyun.hte.platform.web.FormBinder;
import cn.baiyun.hte.platform.web.FormErrors;
import cn.baiyun.hte.platform.web.IfMatch;
import cn.baiyun.hte.platform.web.PageController;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A firm's coaching visits: the list with the open follow-ups (the firm's own can be marked done there),
 * and for reviewers the forms to log, plan and edit a visit. Forms carry the version they started from; a save
 * over someone else's newer save shows the conflict and changes nothing.
 */
@PageController
@RequestMapping("/firms/{enterpriseId}/coaching")
class CoachingPages {

    private static final String LIST = "coaching/visits";
    private static final String FORM = "coaching/visit-form";
    /** Where the visit form's field names are in the messages. */
    private static final String LABELS = "coaching.field.";

    private final CoachingService coaching;
    private final CoachingAccess access;
    private final VisitRules rules;
    private final FormBinder binder;
    private final ProblemFactory messages;
    private final Clock clock;

    CoachingPages(CoachingService coaching, CoachingAccess access, VisitRules rules, FormBinder binder,
                  ProblemFactory messages, Clock clock) {
        this.coaching = coaching;
        this.access = access;
        this.rules = rules;
        this.binder = binder;
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
    Mono<String> create(PortalUser user, @PathVariable String enterpriseId, ServerWebExchange exchange, Model model,
                        Locale locale) {
        return access.loggable(user, enterpriseId).zipWith(exchange.getFormData()).flatMap(found -> save(
                found.getT2(), Set.of(), locale,
                details -> coaching.logVisit(user, enterpriseId, details),
                (form, errors) -> form(model, found.getT1(), null, form, errors), enterpriseId));
    }

    @GetMapping("/{visitId}/edit")
    Mono<String> edit(PortalUser user, @PathVariable String enterpriseId, @PathVariable String visitId, Model model) {
        return access.loggable(user, enterpriseId).zipWith(coaching.find(user, enterpriseId, visitId))
                .map(found -> form(model, found.getT1(), visitId, VisitForm.of(found.getT2()), FormErrors.none()));
    }

    @PostMapping("/{visitId}/edit")
    Mono<String> update(PortalUser user, @PathVariable String enterpriseId, @PathVariable String visitId,
                        ServerWebExchange exchange, Model model, Locale locale) {
        return access.loggable(user, enterpriseId).zipWith(coaching.find(user, enterpriseId, visitId))
                .zipWith(exchange.getFormData()).flatMap(found -> {
                    Set<String> stored = found.getT1().getT2().followUps().stream().map(FollowUp::id)
                            .collect(Collectors.toSet());
                    return save(found.getT2(), stored, locale,
                            details -> coaching.update(user, enterpriseId, visitId, details,
                                    IfMatch.of(found.getT2().getFirst("version"))),
                            (form, errors) -> form(model, found.getT1().getT1(), visitId, form, errors), enterpriseId);
                });
    }

    /** Marks a follow-up done today with the note typed, checked against the version the list showed. */
    @PostMapping("/{visitId}/follow-ups/{followUpId}/completion")
    Mono<String> complete(PortalUser user, @PathVariable String enterpriseId, @PathVariable String visitId,
                          @PathVariable String followUpId, ServerWebExchange exchange, Model model, Locale locale) {
        return exchange.getFormData().flatMap(form -> coaching.complete(user, enterpriseId, visitId, followUpId,
                        new Completion(form.getFirst("note"), null), IfMatch.of(form.getFirst("version")))
                .thenReturn("redirect:/firms/" + enterpriseId + "/coaching?completed")
                .onErrorResume(FormErrors::shownOnForm, error -> list(user, enterpriseId, model,
                        new FailedCompletion(followUpId, form.getFirst("note")),
                        FormErrors.of((PortalException) error, messages, locale, LABELS))));
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
     * Runs {@code write} and goes back to the list, or shows the form again with every problem at once:
     * the fields that could not even be read with the rules the rest breaks (nothing is written then), the
     * rules broken, or a newer version saved by someone else meanwhile.
     *
     * @param stored the ids of the visit's follow-ups now, which a row may name to keep one
     */
    private Mono<String> save(MultiValueMap<String, String> data, Set<String> stored, Locale locale,
                              Function<VisitDetails, Mono<CoachingVisit>> write,
                              BiFunction<VisitForm, FormErrors, String> formAgain, String enterpriseId) {
        BoundForm<VisitDetails> posted = binder.bind(VisitForm.namesListed(data), VisitDetails.class);
        VisitForm form = VisitForm.posted(posted.value(), data.getFirst("version"));
        if (posted.hasErrors()) {
            List<FieldProblem> problems = rules.problems(rules.normalized(form.toDetails()), stored).stream()
                    .map(form::onForm).toList();
            return Mono.just(formAgain.apply(form,
                    FormErrors.of(posted.binding(), problems, messages, locale, LABELS)));
        }
        return write.apply(form.toDetails()).map(saved -> "redirect:/firms/" + enterpriseId + "/coaching?saved")
                .onErrorResume(FormErrors::shownOnForm, error -> Mono.just(formAgain.apply(form,
                        FormErrors.of((PortalException) error, form::onForm, messages, locale, LABELS))));
    }

    private String form(Model model, Enterprise firm, String visitId, VisitForm form, FormErrors errors) {
        model.addAttribute("firm", firm);
        model.addAttribute("visitId", visitId);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("topicGroups", CoachingTopic.byFocus());
        model.addAttribute("parties", Party.values());
        model.addAttribute("statuses", FollowUpStatus.values());
        model.addAttribute("maxPlanDays", VisitRules.MAX_PLAN_DAYS);
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
