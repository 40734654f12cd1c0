package cn.baiyun.hte.roadshow.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.function.Function;
import java.util.function.Supplier;

import cn.baiyun.hte.enterprise.TechnicalFieldCatalogue;
import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.error.ProblemFactory;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.web.BoundForm;
import cn.baiyun.hte.platform.web.FormBinder;
import cn.baiyun.hte.platform.web.FormErrors;
import cn.baiyun.hte.platform.web.PageController;
import cn.baiyun.hte.roadshow.EventKind;
import cn.baiyun.hte.roadshow.OutcomeForm;
import cn.baiyun.hte.roadshow.RegistrationEntry;
import cn.baiyun.hte.roadshow.RegistrationService;
import cn.baiyun.hte.roadshow.RegistrationView;
import cn.baiyun.hte.roadshow.Roadshow;
import cn.baiyun.hte.roadshow.RoadshowAccess;
import cn.baiyun.hte.roadshow.RoadshowForm;
import cn.baiyun.hte.roadshow.RoadshowSearch;
import cn.baiyun.hte.roadshow.RoadshowService;
import cn.baiyun.hte.roadshow.export.RoadshowExports;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The organisers' pages (reviewers and the finance office's officers): their events, drafts included; an
 * event's form; one event's management page with its status changes, its registrations (each firm's
 * financing sought, stage, technical field and published tier) and their decisions, check-in at the door by
 * the firm's code, outcomes after the event, and the exports. The services decide who may do what.
 */
@PageController
@RequestMapping("/organise/roadshows")
class OrganiserPages {

    private static final String LABELS = "roadshow.field.";
    private static final String EVENT_FORM = "roadshow/organise/event-form";
    private static final String MANAGE = "roadshow/organise/manage";
    /** The page's path of a decision's reason, apart from the cancellation's {@code reason}. */
    private static final String DECISION_REASON = "decisionReason";

    private final RoadshowService roadshows;
    private final RegistrationService registrations;
    private final RoadshowExports exports;
    private final TechnicalFieldCatalogue fields;
    private final FormBinder binder;
    private final ProblemFactory problems;
    private final Clock clock;

    OrganiserPages(RoadshowService roadshows, RegistrationService registrations, RoadshowExports exports,
                   TechnicalFieldCatalogue fields, FormBinder binder, ProblemFactory problems, Clock clock) {
        this.roadshows = roadshows;
        this.registrations = registrations;
        this.exports = exports;
        this.fields = fields;
        this.binder = binder;
        this.problems = problems;
        this.clock = clock;
    }

    @GetMapping
    Mono<String> events(PortalUser user, @RequestParam(required = false) String cursor, Model model) {
        return organiser(user).then(roadshows.list(user, new RoadshowSearch(null, null, null, null, cursor)))
                .map(page -> {
                    model.addAttribute("events", page.items().stream().map(EventCard::of).toList());
                    model.addAttribute("next", page.next());
                    return "roadshow/organise/events";
                });
    }

    @GetMapping("/new")
    Mono<String> newEvent(PortalUser user, Model model) {
        return organiser(user).then(eventForm(null, EventFormValues.empty(), FormErrors.none(), model));
    }

    @PostMapping
    Mono<String> create(PortalUser user, Model model, Locale locale, ServerWebExchange exchange) {
        return binder.bind(exchange, RoadshowForm.class).flatMap(bound -> bound.hasErrors()
                ? invalid(exchange, eventForm(null, EventFormValues.of(bound.value()), formErrors(bound, locale), model))
                : roadshows.create(user, bound.value())
                        .map(created -> "redirect:/organise/roadshows/" + created.id() + "?created")
                        .onErrorResume(FormErrors::shownOnForm, error -> failed(exchange, error,
                                eventForm(null, EventFormValues.of(bound.value()), errors(error, locale), model))));
    }

    @GetMapping("/{roadshowId}/edit")
    Mono<String> editEvent(PortalUser user, @PathVariable String roadshowId, Model model) {
        return organiser(user).then(roadshows.find(user, roadshowId))
                .flatMap(roadshow -> eventForm(roadshow, EventFormValues.of(roadshow), FormErrors.none(), model));
    }

    @PostMapping("/{roadshowId}/edit")
    Mono<String> edit(PortalUser user, @PathVariable String roadshowId, Model model, Locale locale,
                      ServerWebExchange exchange) {
        return organiser(user).then(roadshows.find(user, roadshowId)).flatMap(roadshow -> exchange.getFormData()
                .flatMap(data -> {
                    BoundForm<RoadshowForm> bound = binder.bind(data, RoadshowForm.class);
                    if (bound.hasErrors()) {
                        return invalid(exchange, eventForm(roadshow, EventFormValues.of(bound.value()),
                                formErrors(bound, locale), model));
                    }
                    return roadshows.update(user, roadshowId, bound.value(), version(data.getFirst("version")))
                            .map(saved -> "redirect:/organise/roadshows/" + roadshowId + "?saved")
                            .onErrorResume(FormErrors::shownOnForm, error -> failed(exchange, error,
                                    eventForm(roadshow, EventFormValues.of(bound.value()), errors(error, locale), model)));
                }));
    }

    /** The version the form was made from; a tampered one is no version (the update then goes unguarded). */
    private static Long version(String text) {
        try {
            return text == null ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @GetMapping("/{roadshowId}")
    Mono<String> manage(PortalUser user, @PathVariable String roadshowId,
                        @RequestParam(required = false) String cursor, Model model, Locale locale) {
        return managePage(user, roadshowId, cursor, FormErrors.none(), model, locale);
    }

    @PostMapping("/{roadshowId}/publish")
    Mono<String> publish(PortalUser user, @PathVariable String roadshowId, Model model, Locale locale,
                         ServerWebExchange exchange) {
        return statusChange(user, roadshowId, "published", () -> roadshows.publish(user, roadshowId), model, locale, exchange);
    }

    @PostMapping("/{roadshowId}/close")
    Mono<String> close(PortalUser user, @PathVariable String roadshowId, Model model, Locale locale,
                       ServerWebExchange exchange) {
        return statusChange(user, roadshowId, "closed", () -> roadshows.close(user, roadshowId), model, locale, exchange);
    }

    @PostMapping("/{roadshowId}/complete")
    Mono<String> complete(PortalUser user, @PathVariable String roadshowId, Model model, Locale locale,
                          ServerWebExchange exchange) {
        return statusChange(user, roadshowId, "completed", () -> roadshows.complete(user, roadshowId), model, locale, exchange);
    }

    @PostMapping("/{roadshowId}/cancel")
    Mono<String> cancel(PortalUser user, @PathVariable String roadshowId, Model model, Locale locale,
                        ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(data -> statusChange(user, roadshowId, "cancelled",
                () -> roadshows.cancel(user, roadshowId, data.getFirst("reason")), model, locale, exchange));
    }

    @PostMapping("/{roadshowId}/registrations/{registrationId}/approve")
    Mono<String> approve(PortalUser user, @PathVariable String roadshowId, @PathVariable String registrationId,
                         Model model, Locale locale, ServerWebExchange exchange) {
        return decision(user, roadshowId, registrationId, "approved",
                reason -> registrations.approve(user, registrationId, reason), model, locale, exchange);
    }

    @PostMapping("/{roadshowId}/registrations/{registrationId}/reject")
    Mono<String> reject(PortalUser user, @PathVariable String roadshowId, @PathVariable String registrationId,
                        Model model, Locale locale, ServerWebExchange exchange) {
        return decision(user, roadshowId, registrationId, "rejected",
                reason -> registrations.reject(user, registrationId, reason), model, locale, exchange);
    }

    /** At the door: the firm's code, typed or read from its QR code. A second check-in changes nothing. */
    @PostMapping("/{roadshowId}/check-in")
    Mono<String> checkIn(PortalUser user, @PathVariable String roadshowId, Model model, Locale locale,
                         ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(data -> {
            String code = data.getFirst("code");
            return registrations.checkIn(user, roadshowId, code == null ? "" : code.strip())
                    .flatMap(view -> {
                        model.addAttribute("checkedIn", view);
                        return managePage(user, roadshowId, null, FormErrors.none(), model, locale);
                    })
                    .onErrorResume(FormErrors::shownOnForm, error -> failed(exchange, error,
                            managePage(user, roadshowId, null, errors(error, locale), model, locale)));
        });
    }

    @GetMapping("/{roadshowId}/registrations/{registrationId}/outcome")
    Mono<String> outcomeForm(PortalUser user, @PathVariable String roadshowId, @PathVariable String registrationId,
                             Model model) {
        return registration(user, roadshowId, registrationId).map(view -> {
            var o = view.registration().outcome();
            return outcomePage(view, o == null ? new OutcomeForm(null, null, null, null, null)
                    : new OutcomeForm(o.investorInterest(), o.followUpMeeting(), o.financingObtained(),
                            o.financingAmount(), o.note()), FormErrors.none(), model);
        });
    }

    @PostMapping("/{roadshowId}/registrations/{registrationId}/outcome")
    Mono<String> recordOutcome(PortalUser user, @PathVariable String roadshowId, @PathVariable String registrationId,
                               Model model, Locale locale, ServerWebExchange exchange) {
        return registration(user, roadshowId, registrationId).flatMap(view -> binder.bind(exchange, OutcomeForm.class)
                .flatMap(bound -> bound.hasErrors()
                        ? invalid(exchange, Mono.just(outcomePage(view, bound.value(), formErrors(bound, locale), model)))
                        : registrations.recordOutcome(user, registrationId, bound.value())
                                .map(saved -> "redirect:/organise/roadshows/" + roadshowId + "?outcome")
                                .onErrorResume(FormErrors::shownOnForm, error -> failed(exchange, error,
                                        Mono.just(outcomePage(view, bound.value(), errors(error, locale), model))))));
    }

    @GetMapping("/{roadshowId}/registrations/{registrationId}/deck")
    Mono<ResponseEntity<Flux<DataBuffer>>> deck(PortalUser user, @PathVariable String roadshowId,
                                                @PathVariable String registrationId) {
        return registration(user, roadshowId, registrationId)
                .flatMap(view -> registrations.downloadDeck(user, registrationId));
    }

    @GetMapping("/{roadshowId}/participants.xlsx")
    Mono<ResponseEntity<byte[]>> participantsXlsx(PortalUser user, @PathVariable String roadshowId, Locale locale) {
        return exports.participantsXlsx(user, roadshowId, locale);
    }

    @GetMapping("/{roadshowId}/participants.csv")
    Mono<ResponseEntity<Flux<DataBuffer>>> participantsCsv(PortalUser user, @PathVariable String roadshowId,
                                                           Locale locale) {
        return exports.participantsCsv(user, roadshowId, locale);
    }

    @GetMapping("/{roadshowId}/decks.zip")
    Mono<ResponseEntity<Flux<DataBuffer>>> decks(PortalUser user, @PathVariable String roadshowId) {
        return exports.decks(user, roadshowId);
    }

    private Mono<String> statusChange(PortalUser user, String roadshowId, String flag,
                                      Supplier<Mono<Roadshow>> change, Model model, Locale locale,
                                      ServerWebExchange exchange) {
        return organiser(user).then(Mono.defer(change))
                .map(changed -> "redirect:/organise/roadshows/" + roadshowId + "?" + flag)
                .onErrorResume(FormErrors::shownOnForm, error -> failed(exchange, error,
                        managePage(user, roadshowId, null, errors(error, locale), model, locale)));
    }

    private Mono<String> decision(PortalUser user, String roadshowId, String registrationId, String flag,
                                  Function<String, Mono<RegistrationView>> decide, Model model, Locale locale,
                                  ServerWebExchange exchange) {
        return registration(user, roadshowId, registrationId)
                .flatMap(view -> exchange.getFormData())
                .flatMap(data -> decide.apply(data.getFirst("reason"))
                        .map(decided -> "redirect:/organise/roadshows/" + roadshowId + "?" + flag)
                        .onErrorResume(FormErrors::shownOnForm, error -> {
                            // Shown on the decided row's field, not on the cancel form's reason further down.
                            model.addAttribute("decided", registrationId);
                            model.addAttribute("decision", flag);
                            model.addAttribute("decisionReason", data.getFirst("reason"));
                            FormErrors errors = FormErrors.of((PortalException) error,
                                    problem -> problem.field().equals("reason")
                                            ? new FieldProblem(DECISION_REASON, problem.messageKey(), problem.args())
                                            : problem, problems, locale, LABELS);
                            return failed(exchange, error, managePage(user, roadshowId, null, errors, model, locale));
                        }));
    }

    private Mono<String> managePage(PortalUser user, String roadshowId, String cursor, FormErrors errors, Model model,
                                    Locale locale) {
        return organiser(user).then(roadshows.find(user, roadshowId)).flatMap(roadshow -> roadshows.seats(roadshow)
                .zipWith(registrations.entries(user, roadshowId, null, cursor))
                .map(found -> {
                    model.addAttribute("event", roadshow);
                    model.addAttribute("card", EventCard.of(roadshow));
                    model.addAttribute("seats", found.getT1());
                    model.addAttribute("entries", found.getT2().items());
                    model.addAttribute("fieldLabels", found.getT2().items().stream()
                            .map(RegistrationEntry::technicalField).filter(Objects::nonNull).distinct()
                            .collect(Collectors.toMap(code -> code, code -> fields.label(code, locale))));
                    model.addAttribute("next", found.getT2().next());
                    model.addAttribute("started", roadshow.started(clock.instant()));
                    model.addAttribute("errors", errors);
                    return MANAGE;
                }));
    }

    private Mono<String> eventForm(Roadshow editing, EventFormValues form, FormErrors errors, Model model) {
        model.addAttribute("editing", editing);
        model.addAttribute("form", form);
        model.addAttribute("kinds", EventKind.values());
        model.addAttribute("fields", fields.firstLevel());
        model.addAttribute("errors", errors);
        return Mono.just(EVENT_FORM);
    }

    private String outcomePage(RegistrationView view, OutcomeForm form, FormErrors errors, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("event", view.roadshow());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "roadshow/organise/outcome";
    }

    /** A registration of this event, for organisers; another event's is not found here. */
    private Mono<RegistrationView> registration(PortalUser user, String roadshowId, String registrationId) {
        return organiser(user).then(registrations.find(user, registrationId))
                .filter(view -> view.roadshow().id().equals(roadshowId))
                .switchIfEmpty(Mono.error(PortalException::notFound));
    }

    /** Pages for organisers only: anyone else is refused before anything is read. */
    private static Mono<Void> organiser(PortalUser user) {
        return RoadshowAccess.mayOrganise(user) ? Mono.empty() : Mono.error(PortalException.forbidden());
    }

    private FormErrors errors(Throwable error, Locale locale) {
        return FormErrors.of((PortalException) error, problems, locale, LABELS);
    }

    private <T> FormErrors formErrors(BoundForm<T> bound, Locale locale) {
        return FormErrors.of(bound.binding(), List.of(), problems, locale, LABELS);
    }

    private static Mono<String> invalid(ServerWebExchange exchange, Mono<String> page) {
        exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
        return page;
    }

    private static Mono<String> failed(ServerWebExchange exchange, Throwable error, Mono<String> page) {
        exchange.getResponse().setStatusCode(((PortalException) error).type().status());
        return page;
    }
}
