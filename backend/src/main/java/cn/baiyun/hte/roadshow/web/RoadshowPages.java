package cn.baiyun.hte.roadshow.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import cn.baiyun.hte.enterprise.Enterprise;
import cn.baiyun.hte.enterprise.EnterpriseService;
import cn.baiyun.hte.enterprise.TechnicalFieldCatalogue;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.error.ProblemFactory;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.web.FormErrors;
import cn.baiyun.hte.platform.web.PageController;
import cn.baiyun.hte.roadshow.RegistrationService;
import cn.baiyun.hte.roadshow.RegistrationView;
import cn.baiyun.hte.roadshow.Roadshow;
import cn.baiyun.hte.roadshow.RoadshowAccess;
import cn.baiyun.hte.roadshow.RoadshowSearch;
import cn.baiyun.hte.roadshow.RoadshowService;
import cn.baiyun.hte.roadshow.calendar.CalendarEntries;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The public roadshow pages: the list of published events (upcoming first, filtered by theme, technical
 * field and month), one event with its seats, and its calendar file. Anyone may read them, signed in or
 * not; a member of a firm also sees, on the event's page, where each of their firms stands and the way to
 * sign up; organisers see the way to manage it.
 */
@PageController
class RoadshowPages {

    private static final String LABELS = "roadshow.filter.";

    private final RoadshowService roadshows;
    private final RegistrationService registrations;
    private final EnterpriseService enterprises;
    private final TechnicalFieldCatalogue fields;
    private final ProblemFactory messages;
    private final CalendarEntries calendar;
    private final Clock clock;

    RoadshowPages(RoadshowService roadshows, RegistrationService registrations, EnterpriseService enterprises,
                  TechnicalFieldCatalogue fields, ProblemFactory messages, CalendarEntries calendar, Clock clock) {
        this.roadshows = roadshows;
        this.registrations = registrations;
        this.enterprises = enterprises;
        this.fields = fields;
        this.messages = messages;
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping("/roadshows")
    Mono<String> list(PortalUser user, @RequestParam(required = false) String theme,
                      @RequestParam(required = false) String technicalField,
                      @RequestParam(required = false) String month, @RequestParam(required = false) String cursor,
                      Model model, Locale locale, ServerWebExchange exchange) {
        RoadshowSearch search = new RoadshowSearch(blankToNull(theme), blankToNull(technicalField), blankToNull(month),
                null, cursor);
        model.addAttribute("search", search);
        model.addAttribute("fields", fields.firstLevel());
        model.addAttribute("mayOrganise", RoadshowAccess.mayOrganise(user));
        model.addAttribute("now", clock.instant());
        return roadshows.list(user, search)
                .map(page -> {
                    model.addAttribute("events", page.items().stream().map(EventCard::of).toList());
                    model.addAttribute("next", page.next());
                    model.addAttribute("errors", FormErrors.none());
                    return "roadshow/list";
                })
                .onErrorResume(FormErrors::shownOnForm, error -> {
                    exchange.getResponse().setStatusCode(((PortalException) error).type().status());
                    model.addAttribute("events", List.of());
                    model.addAttribute("errors", FormErrors.of((PortalException) error, messages, locale, LABELS));
                    return Mono.just("roadshow/list");
                });
    }

    @GetMapping("/roadshows/{roadshowId}")
    Mono<String> show(PortalUser user, @PathVariable String roadshowId, Model model, Locale locale) {
        return roadshows.find(user, roadshowId)
                .flatMap(roadshow -> roadshows.seats(roadshow).zipWith(firmsAndRegistrations(user, roadshowId))
                        .map(found -> {
                            model.addAttribute("event", roadshow);
                            model.addAttribute("card", EventCard.of(roadshow));
                            model.addAttribute("fieldLabels", roadshow.technicalFields().stream()
                                    .map(code -> fields.label(code, locale)).toList());
                            model.addAttribute("seats", found.getT1());
                            model.addAttribute("firms", found.getT2());
                            model.addAttribute("now", clock.instant());
                            model.addAttribute("registrationOpen", roadshow.registrationOpen(clock.instant()));
                            model.addAttribute("mayOrganise", RoadshowAccess.mayOrganise(user));
                            return "roadshow/detail";
                        }));
    }

    /** The event as a calendar file, to add it to any calendar. */
    @GetMapping("/roadshows/{roadshowId}.ics")
    Mono<ResponseEntity<String>> ics(PortalUser user, @PathVariable String roadshowId, Locale locale,
                                     ServerWebExchange exchange) {
        return calendar.file(user, roadshowId, locale, exchange);
    }

    /** Each firm of a signed-in member, with its registration for this event if it has one. */
    private Mono<List<FirmRegistration>> firmsAndRegistrations(PortalUser user, String roadshowId) {
        if (user == null || !user.isFirmUser()) {
            return Mono.just(List.of());
        }
        return enterprises.firmsOf(user)
                .concatMap(firm -> registrations.ofFirm(user, roadshowId, firm.id())
                        .map(view -> new FirmRegistration(firm, view))
                        .defaultIfEmpty(new FirmRegistration(firm, null)))
                .collectList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A firm the reader belongs to and its registration for the event, or {@code null} when it has none. */
    record FirmRegistration(Enterprise firm, RegistrationView registration) {
    }
}
