package cn.baiyun.hte.pool.board;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import cn.baiyun.hte.assessment.TierResult;
import cn.baiyun.hte.enterprise.TechnicalFieldCatalogue;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.error.ProblemFactory;
import cn.baiyun.hte.platform.paging.PageOf;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.web.BoundForm;
import cn.baiyun.hte.platform.web.FormBinder;
import cn.baiyun.hte.platform.web.FormErrors;
import cn.baiyun.hte.platform.web.IfMatch;
import cn.baiyun.hte.platform.web.PageController;
import cn.baiyun.hte.pool.cycle.Cycle;
import cn.baiyun.hte.pool.cycle.CycleDates;
import cn.baiyun.hte.pool.cycle.CycleForm;
import cn.baiyun.hte.pool.cycle.CycleService;
import cn.baiyun.hte.pool.run.AssessmentRunner;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * Reviewers open a year's cycle, keep its dates, run its assessment, filter the pool board and publish
 * the feedback of every firm the filters match. Each firm's decision is taken on its entry page
 * ({@link PoolEntryPages}).
 */
@PageController
class CyclePages {

    /** Where the cycle form's field names are in the messages ({@code cycle.dates.filingOpens}). */
    private static final String LABELS = "cycle.";

    /** Form posts bind through model attributes: WebFlux's request parameters are the query string only. */
    record RunForm(Boolean includeSubmitted) {
    }

    /** The board's filters, carried as hidden fields, and the comment for every firm published. */
    record BulkPublicationForm(String proposedTier, String decidedTier, String technicalField, String status,
                               String department, String outcome, String techSme, String comment) {

        PoolFilter filter() {
            return new PoolFilter(proposedTier, decidedTier, technicalField, status, department, outcome, techSme);
        }
    }

    /** One line of the board; {@code field} is the technical field with its title. */
    record BoardRow(PoolEntry entry, EntryStatus status, String field) {

        public TechSmeStanding techSme() {
            return TechSmeStanding.of(entry);
        }
    }

    private final CycleService cycles;
    private final AssessmentRunner runner;
    private final PoolService pool;
    private final FormBinder binder;
    private final TechnicalFieldCatalogue catalogue;
    private final ProblemFactory messages;
    private final Clock clock;

    CyclePages(CycleService cycles, AssessmentRunner runner, PoolService pool, FormBinder binder,
               TechnicalFieldCatalogue catalogue, ProblemFactory messages, Clock clock) {
        this.cycles = cycles;
        this.runner = runner;
        this.pool = pool;
        this.binder = binder;
        this.catalogue = catalogue;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/reviewer/cycles")
    Mono<String> list(PortalUser user, Model model) {
        int next = LocalDate.now(clock).getYear();
        return listPage(user, model, CycleForm.of(next, CycleDates.defaultsFor(next), null), FormErrors.none());
    }

    /**
     * Opens the cycle, or shows the form again with every problem at once: dates that could not be read
     * with what the rules find wrong with the rest (nothing is opened then).
     */
    @PostMapping("/reviewer/cycles")
    Mono<String> open(PortalUser user, ServerWebExchange exchange, Model model, Locale locale) {
        return exchange.getFormData().flatMap(data -> {
            BoundForm<CycleForm> posted = binder.bind(data, CycleForm.class);
            CycleForm form = posted.value();
            if (posted.hasErrors()) {
                return listPage(user, model, form, FormErrors.of(posted.binding(),
                        cycles.problems(form.year(), form.dates()), messages, locale, LABELS));
            }
            return cycles.open(user, form.year(), form.dates())
                    .map(cycle -> "redirect:/reviewer/cycles/" + cycle.year() + "?opened")
                    .onErrorResume(FormErrors::shownOnForm, error -> listPage(user, model, form,
                            FormErrors.of((PortalException) error, messages, locale, LABELS)));
        });
    }

    /** The board's filters come in the query string, so a filtered board can be bookmarked and shared. */
    @GetMapping("/reviewer/cycles/{year}")
    Mono<String> show(PortalUser user, @PathVariable int year, @ModelAttribute("filter") PoolFilter filter,
                      @RequestParam(required = false) String cursor, Model model, Locale locale) {
        return cycles.find(user, year).flatMap(cycle -> cyclePage(user, model, cycle,
                new PoolSearch(year, filter, null, cursor), CycleForm.of(cycle.year(), cycle.dates(), cycle.version()),
                FormErrors.none(), locale));
    }

    @PostMapping("/reviewer/cycles/{year}/assessment-runs")
    Mono<String> run(PortalUser user, @PathVariable int year, @ModelAttribute RunForm form, Model model,
                     Locale locale) {
        return runner.start(user, year, Boolean.TRUE.equals(form.includeSubmitted()))
                .map(started -> "redirect:/reviewer/cycles/" + year + "?started")
                .onErrorResume(FormErrors::shownOnForm, error -> cycles.find(user, year).flatMap(cycle ->
                        cyclePage(user, model, cycle, PoolSearch.all(year),
                                CycleForm.of(cycle.year(), cycle.dates(), cycle.version()),
                                FormErrors.of((PortalException) error, messages, locale, LABELS), locale)));
    }

    @PostMapping("/reviewer/cycles/{year}/publications")
    Mono<String> publishAll(PortalUser user, @PathVariable int year, @ModelAttribute BulkPublicationForm form,
                            Model model, Locale locale) {
        PoolFilter filter = form.filter();
        return pool.publishAll(user, year, filter, form.comment())
                .map(count -> "redirect:" + boardUrl(year, filter).queryParam("published").build().encode().toUriString())
                .onErrorResume(FormErrors::shownOnForm, error -> cycles.find(user, year).flatMap(cycle -> {
                    model.addAttribute("comment", form.comment());
                    return cyclePage(user, model, cycle, new PoolSearch(year, filter, null, null),
                            CycleForm.of(cycle.year(), cycle.dates(), cycle.version()),
                            FormErrors.of((PortalException) error, messages, locale, LABELS), locale);
                }));
    }

    /** Like {@link #open}: every problem at once, the year the page's own. */
    @PostMapping("/reviewer/cycles/{year}")
    Mono<String> reschedule(PortalUser user, @PathVariable int year, ServerWebExchange exchange, Model model,
                            Locale locale) {
        return cycles.find(user, year).zipWith(exchange.getFormData()).flatMap(found -> {
            Cycle cycle = found.getT1();
            BoundForm<CycleForm> posted = binder.bind(found.getT2(), CycleForm.class);
            CycleForm form = posted.value();
            if (posted.hasErrors()) {
                return cyclePage(user, model, cycle, PoolSearch.all(year), form, FormErrors.of(posted.binding(),
                        cycles.problems(year, form.dates()), messages, locale, LABELS), locale);
            }
            return cycles.reschedule(user, year, form.dates(), IfMatch.of(form.version()))
                    .map(saved -> "redirect:/reviewer/cycles/" + year + "?saved")
                    .onErrorResume(FormErrors::shownOnForm, error -> cyclePage(user, model, cycle,
                            PoolSearch.all(year), form, FormErrors.of((PortalException) error, messages, locale, LABELS),
                            locale));
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

    /**
     * The cycle with one page of its board. A filter the board cannot use shows its problem next to the
     * filter and lists nothing, rather than an error page.
     */
    private Mono<String> cyclePage(PortalUser user, Model model, Cycle cycle, PoolSearch search, CycleForm form,
                                   FormErrors errors, Locale locale) {
        model.addAttribute("cycle", cycle);
        model.addAttribute("form", form);
        model.addAttribute("warnings", cycle.deadlineWarnings(LocalDate.now(clock)));
        model.addAttribute("tiers", TierResult.values());
        model.addAttribute("statuses", EntryStatus.values());
        model.addAttribute("techSmeStandings", TechSmeStanding.values());
        model.addAttribute("filter", search.filter());
        return pool.entries(user, search)
                .zipWith(pool.count(user, cycle.year(), search.filter()))
                .map(found -> {
                    PageOf<PoolEntry> page = found.getT1();
                    model.addAttribute("rows", page.items().stream()
                            .map(entry -> new BoardRow(entry, EntryStatus.of(entry),
                                    catalogue.label(entry.technicalField(), locale))).toList());
                    model.addAttribute("matching", found.getT2());
                    model.addAttribute("nextPage", page.next() == null ? null : boardUrl(cycle.year(), search.filter())
                            .queryParam("cursor", page.next()).build().encode().toUriString());
                    model.addAttribute("errors", errors);
                    return "pool/cycle";
                })
                .onErrorResume(FormErrors::shownOnForm, error -> {
                    model.addAttribute("rows", List.of());
                    model.addAttribute("nextPage", null);
                    model.addAttribute("matching", 0L);
                    model.addAttribute("errors", errors.any() ? errors
                            : FormErrors.of((PortalException) error, messages, locale, LABELS));
                    return Mono.just("pool/cycle");
                });
    }

    /** The board's address with the filters that are set, for the next page and after a bulk publication. */
    private static UriComponentsBuilder boardUrl(int year, PoolFilter filter) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/reviewer/cycles/" + year);
        addIfGiven(url, "proposedTier", filter.proposedTier());
        addIfGiven(url, "decidedTier", filter.decidedTier());
        addIfGiven(url, "technicalField", filter.technicalField());
        addIfGiven(url, "status", filter.status());
        addIfGiven(url, "department", filter.department());
        addIfGiven(url, "outcome", filter.outcome());
        addIfGiven(url, "techSme", filter.techSme());
        return url;
    }

    private static void addIfGiven(UriComponentsBuilder url, String name, String value) {
        if (value != null && !value.isBlank()) {
            url.queryParam(name, value.strip());
        }
    }
}
