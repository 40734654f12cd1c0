package cn.baiyun.hte.roadshow.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.baiyun.hte.enterprise.Enterprise;
import cn.baiyun.hte.enterprise.EnterpriseService;
import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.error.ProblemFactory;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.upload.MultipartUpload;
import cn.baiyun.hte.platform.upload.UploadProperties;
import cn.baiyun.hte.platform.web.BoundForm;
import cn.baiyun.hte.platform.web.FormBinder;
import cn.baiyun.hte.platform.web.FormErrors;
import cn.baiyun.hte.platform.web.PageController;
import cn.baiyun.hte.roadshow.Attendee;
import cn.baiyun.hte.roadshow.FundingStage;
import cn.baiyun.hte.roadshow.Registration;
import cn.baiyun.hte.roadshow.RegistrationForm;
import cn.baiyun.hte.roadshow.RegistrationService;
import cn.baiyun.hte.roadshow.RegistrationView;
import cn.baiyun.hte.roadshow.Roadshow;
import cn.baiyun.hte.roadshow.RoadshowService;
import org.springframework.context.MessageSource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.PartEvent;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A firm's side of an event: the sign-up form (the pitch for roadshows, the people who come, up to the
 * event's limit, the consent to share their contacts), then the firm's registration page with its status,
 * waitlist place, check-in code and its QR code, the pitch deck, the outcome after the event, and the ways
 * to change or cancel it while the event allows. Another firm's registration is not found.
 */
@PageController
class RegistrationPages {

    /** Where the form's field names are in the messages. */
    private static final String LABELS = "roadshow.field.";
    private static final String FORM = "roadshow/sign-up";
    private static final String PAGE = "roadshow/registration";
    /** The sign-up form's choice of firm, for a member of several. */
    private static final String FIRM = "firm";

    private final RoadshowService roadshows;
    private final RegistrationService registrations;
    private final EnterpriseService enterprises;
    private final FormBinder binder;
    private final ProblemFactory problems;
    private final MessageSource messages;
    private final UploadProperties uploads;
    private final Clock clock;

    RegistrationPages(RoadshowService roadshows, RegistrationService registrations, EnterpriseService enterprises,
                      FormBinder binder, ProblemFactory problems, MessageSource messages, UploadProperties uploads,
                      Clock clock) {
        this.roadshows = roadshows;
        this.registrations = registrations;
        this.enterprises = enterprises;
        this.binder = binder;
        this.problems = problems;
        this.messages = messages;
        this.uploads = uploads;
        this.clock = clock;
    }

    @GetMapping("/roadshows/{roadshowId}/sign-up")
    Mono<String> signUpForm(PortalUser user, @PathVariable String roadshowId,
                            @RequestParam(required = false) String firm, Model model) {
        return firmUser(user).then(roadshows.find(user, roadshowId)).flatMap(roadshow ->
                form(user, roadshow, firm, emptyForm(), null, FormErrors.none(), model));
    }

    @PostMapping("/roadshows/{roadshowId}/sign-up")
    Mono<String> signUp(PortalUser user, @PathVariable String roadshowId, Model model, Locale locale,
                        ServerWebExchange exchange) {
        return firmUser(user).then(exchange.getFormData()).flatMap(data -> {
            String firm = data.getFirst("firm");
            BoundForm<RegistrationForm> bound = binder.bind(data, RegistrationForm.class);
            RegistrationForm form = compacted(bound.value());
            if (bound.hasErrors()) {
                // The firm's choice is told with the values that could not be read (the rules see neither).
                List<FieldProblem> firmProblem = firm == null || firm.isBlank()
                        ? List.of(new FieldProblem(FIRM, "roadshow.firm.required")) : List.of();
                return roadshows.find(user, roadshowId).flatMap(roadshow -> shown(exchange, form(user, roadshow, firm,
                        bound.value(), null, FormErrors.of(bound.binding(), firmProblem, problems, locale, LABELS),
                        model)));
            }
            // The sign-up reads the event itself; the page reads it again only to show the form once more.
            return registrations.register(user, roadshowId, firm, form)
                    .map(view -> "redirect:" + registrationPath(view) + "?registered")
                    .onErrorResume(FormErrors::shownOnForm, error -> roadshows.find(user, roadshowId)
                            .flatMap(roadshow -> failed(exchange, error, form(user, roadshow, firm, form, null,
                                    FormErrors.of((PortalException) error, RegistrationPages::onPage, problems, locale,
                                            LABELS), model))));
        });
    }

    @GetMapping("/roadshows/{roadshowId}/registrations/{registrationId}")
    Mono<String> registration(PortalUser user, @PathVariable String roadshowId, @PathVariable String registrationId,
                              Model model, Locale locale) {
        return page(user, roadshowId, registrationId, FormErrors.none(), model, locale);
    }

    @GetMapping("/roadshows/{roadshowId}/registrations/{registrationId}/edit")
    Mono<String> editForm(PortalUser user, @PathVariable String roadshowId, @PathVariable String registrationId,
                          Model model) {
        return ownView(user, roadshowId, registrationId).flatMap(view -> form(user, view.roadshow(),
                view.registration().enterpriseId(), formOf(view.registration()), view, FormErrors.none(), model));
    }

    @PostMapping("/roadshows/{roadshowId}/registrations/{registrationId}/edit")
    Mono<String> edit(PortalUser user, @PathVariable String roadshowId, @PathVariable String registrationId,
                      Model model, Locale locale, ServerWebExchange exchange) {
        return ownView(user, roadshowId, registrationId).flatMap(view -> binder.bind(exchange, RegistrationForm.class)
                .flatMap(bound -> {
                    RegistrationForm form = compacted(bound.value());
                    String firm = view.registration().enterpriseId();
                    if (bound.hasErrors()) {
                        return shown(exchange, form(user, view.roadshow(), firm, bound.value(), view,
                                FormErrors.of(bound.binding(), List.of(), problems, locale, LABELS), model));
                    }
                    return registrations.edit(user, registrationId, form)
                            .map(saved -> "redirect:" + registrationPath(saved) + "?saved")
                            .onErrorResume(FormErrors::shownOnForm, error -> failed(exchange, error,
                                    form(user, view.roadshow(), firm, form, view,
                                            FormErrors.of((PortalException) error, problems, locale, LABELS), model)));
                }));
    }

    @GetMapping("/roadshows/{roadshowId}/registrations/{registrationId}/cancel")
    Mono<String> confirmCancel(PortalUser user, @PathVariable String roadshowId, @PathVariable String registrationId,
                               Model model) {
        return ownView(user, roadshowId, registrationId).map(view -> {
            model.addAttribute("view", view);
            model.addAttribute("event", view.roadshow());
            model.addAttribute("errors", FormErrors.none());
            return "roadshow/cancel";
        });
    }

    @PostMapping("/roadshows/{roadshowId}/registrations/{registrationId}/cancel")
    Mono<String> cancel(PortalUser user, @PathVariable String roadshowId, @PathVariable String registrationId,
                        Model model, Locale locale, ServerWebExchange exchange) {
        return ownView(user, roadshowId, registrationId).flatMap(view -> registrations.cancel(user, registrationId)
                .map(cancelled -> "redirect:" + registrationPath(cancelled) + "?cancelled")
                .onErrorResume(FormErrors::shownOnForm, error -> failed(exchange, error,
                        page(user, roadshowId, registrationId,
                                FormErrors.of((PortalException) error, problems, locale, LABELS), model, locale))));
    }

    /** The deck arrives as evidence documents do: the CSRF token first, the file streamed to GridFS. */
    @PostMapping(path = "/roadshows/{roadshowId}/registrations/{registrationId}/deck",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Mono<String> uploadDeck(PortalUser user, @PathVariable String roadshowId, @PathVariable String registrationId,
                            @RequestBody Flux<PartEvent> parts, Model model, Locale locale,
                            ServerWebExchange exchange) {
        return ownView(user, roadshowId, registrationId)
                .flatMap(view -> MultipartUpload.read(parts, "file",
                        (form, content) -> registrations.uploadDeck(user, registrationId, form.filename(), content)))
                .map(saved -> "redirect:" + registrationPath(saved) + "?uploaded")
                .onErrorResume(MultipartUpload::shownOnForm, error -> failed(exchange, error,
                        page(user, roadshowId, registrationId,
                                FormErrors.of((PortalException) error, problems, locale, LABELS), model, locale)));
    }

    @GetMapping("/roadshows/{roadshowId}/registrations/{registrationId}/deck")
    Mono<ResponseEntity<Flux<DataBuffer>>> deck(PortalUser user, @PathVariable String roadshowId,
                                                @PathVariable String registrationId) {
        return view(user, roadshowId, registrationId).flatMap(view -> registrations.downloadDeck(user, registrationId));
    }

    private Mono<String> page(PortalUser user, String roadshowId, String registrationId, FormErrors errors,
                              Model model, Locale locale) {
        return view(user, roadshowId, registrationId).flatMap(view -> {
            Registration registration = view.registration();
            Mono<String> qr = registration.status().holdsSeat() && registration.checkInCode() != null
                    ? QrCodeSvg.of(registration.checkInCode(),
                            messages.getMessage("roadshow.checkin.qr", new Object[] {registration.checkInCode()}, locale))
                    : Mono.just("");
            return qr.zipWith(enterprises.find(user, registration.enterpriseId())).map(found -> {
                Roadshow roadshow = view.roadshow();
                model.addAttribute("view", view);
                model.addAttribute("r", registration);
                model.addAttribute("event", roadshow);
                model.addAttribute("card", EventCard.of(roadshow));
                model.addAttribute("firm", found.getT2());
                model.addAttribute("qr", found.getT1());
                model.addAttribute("editable", roadshow.editable(clock.instant()) && registration.status().active());
                model.addAttribute("cancellable", !roadshow.started(clock.instant()) && registration.status().active());
                model.addAttribute("maxMegabytes", uploads.maxMegabytes());
                model.addAttribute("maxBytes", uploads.maxBytes());
                model.addAttribute("errors", errors);
                return PAGE;
            });
        });
    }

    private Mono<String> form(PortalUser user, Roadshow roadshow, String firm, RegistrationForm form,
                              RegistrationView editing, FormErrors errors, Model model) {
        return enterprises.firmsOf(user).collectList().map(firms -> {
            model.addAttribute("event", roadshow);
            model.addAttribute("card", EventCard.of(roadshow));
            model.addAttribute("firms", firms);
            model.addAttribute("firm", firm != null ? firm : firms.size() == 1 ? firms.get(0).id() : null);
            model.addAttribute("firmName", firms.stream().filter(f -> f.id().equals(firm)).map(Enterprise::name)
                    .findFirst().orElse(null));
            model.addAttribute("form", form);
            model.addAttribute("rows", rows(form, roadshow.attendeesPerFirm()));
            model.addAttribute("stages", FundingStage.values());
            model.addAttribute("editing", editing);
            model.addAttribute("errors", errors);
            return FORM;
        });
    }

    /** The registration, only under its own event's address; anything else is not found. */
    private Mono<RegistrationView> view(PortalUser user, String roadshowId, String registrationId) {
        return registrations.find(user, registrationId)
                .filter(view -> view.roadshow().id().equals(roadshowId))
                .switchIfEmpty(Mono.error(PortalException::notFound));
    }

    /**
     * The firm's own registration, for the pages that change it: organisers read it (the registration page)
     * but change it only on their own pages.
     */
    private Mono<RegistrationView> ownView(PortalUser user, String roadshowId, String registrationId) {
        return firmUser(user).then(view(user, roadshowId, registrationId));
    }

    /** The service names the firm signing up as the API does; the page's select is {@code firm}. */
    private static FieldProblem onPage(FieldProblem problem) {
        return "enterpriseId".equals(problem.field()) ? new FieldProblem(FIRM, problem.messageKey(), problem.args())
                : problem;
    }

    private static Mono<Void> firmUser(PortalUser user) {
        return user != null && user.isFirmUser() ? Mono.empty() : Mono.error(PortalException.forbidden());
    }

    private static Mono<String> shown(ServerWebExchange exchange, Mono<String> page) {
        exchange.getResponse().setStatusCode(org.springframework.http.HttpStatus.BAD_REQUEST);
        return page;
    }

    private static Mono<String> failed(ServerWebExchange exchange, Throwable error, Mono<String> page) {
        exchange.getResponse().setStatusCode(((PortalException) error).type().status());
        return page;
    }

    private static String registrationPath(RegistrationView view) {
        return "/roadshows/" + view.roadshow().id() + "/registrations/" + view.registration().id();
    }

    private static RegistrationForm emptyForm() {
        return new RegistrationForm(null, null, null, null, null, List.of(), null);
    }

    private static RegistrationForm formOf(Registration registration) {
        var pitch = registration.pitch();
        return pitch == null
                ? new RegistrationForm(null, null, null, null, null, registration.attendees(),
                        registration.consentToShareContacts())
                : new RegistrationForm(pitch.projectName(), pitch.summary(), pitch.financingSought(), pitch.stage(),
                        pitch.useOfFunds(), registration.attendees(), registration.consentToShareContacts());
    }

    /**
     * The attendee rows the reader filled in, blank ones left out, so that a problem's row number (the
     * rules count the people given) is the row the page shows it on.
     */
    private static RegistrationForm compacted(RegistrationForm form) {
        List<Attendee> given = form.attendees() == null ? List.of() : form.attendees().stream()
                .filter(a -> a != null && (present(a.name()) || present(a.role()) || present(a.mobile()))).toList();
        return new RegistrationForm(form.projectName(), form.summary(), form.financingSought(), form.stage(),
                form.useOfFunds(), given, form.consentToShareContacts());
    }

    /** As many rows as the event allows, the ones given first. */
    private static List<Attendee> rows(RegistrationForm form, int limit) {
        List<Attendee> rows = new ArrayList<>(form.attendees() == null ? List.of() : form.attendees());
        while (rows.size() < Math.max(limit, 1)) {
            rows.add(new Attendee(null, null, null));
        }
        return rows;
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
