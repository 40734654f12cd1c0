package cn.baiyun.hte.filing;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.baiyun.hte.enterprise.Enterprise;
import cn.baiyun.hte.enterprise.EnterpriseService;
import cn.baiyun.hte.enterprise.TechnicalFieldCatalogue;
import cn.baiyun.hte.filing.evidence.EvidenceService;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reviewers: the list of filings with filters, and one filing to read with its evidence documents, to return
 * with a comment next to each section to change, or to accept once the reviewer confirms it.
 */
@PageController
class ReviewPages {

    /** Where the return form's field names are in the messages ({@code review.field.comments.FINANCIALS}). */
    private static final String LABELS = "review.field.";

    private static final String DETAIL = "/reviewer/filings/{enterpriseId}/{fiscalYear}";
    private static final String CONFIRMED = "confirmed";

    private final FilingService filings;
    private final EnterpriseService enterprises;
    private final FilingPageModel pages;
    private final EvidenceService evidence;
    private final TechnicalFieldCatalogue catalogue;
    private final ProblemFactory messages;
    private final FormBinder binder;

    ReviewPages(FilingService filings, EnterpriseService enterprises, FilingPageModel pages, EvidenceService evidence,
                TechnicalFieldCatalogue catalogue, ProblemFactory messages, FormBinder binder) {
        this.filings = filings;
        this.enterprises = enterprises;
        this.pages = pages;
        this.evidence = evidence;
        this.catalogue = catalogue;
        this.messages = messages;
        this.binder = binder;
    }

    @GetMapping("/reviewer/filings")
    Mono<String> list(PortalUser user, ServerWebExchange exchange, Model model, Locale locale) {
        // The year is typed text: a slip is a message next to it, not an error page.
        BoundForm<FilingSearch> filter = binder.bind(exchange.getRequest().getQueryParams(), FilingSearch.class);
        model.addAttribute("filter", filter.value());
        model.addAttribute("fields", catalogue.firstLevel());
        model.addAttribute("statuses", FilingStatus.values());
        if (filter.hasErrors()) {
            model.addAttribute("errors", FormErrors.of(filter.binding(), List.of(), messages, locale));
            return Mono.just("filing/review-list");
        }
        return filings.search(user, filter.value())
                .flatMap(page -> Flux.fromIterable(page.items())
                        .concatMap(filing -> enterprises.find(user, filing.enterpriseId())
                                .map(firm -> new ListedFiling(filing, firm)))
                        .collectList()
                        .doOnNext(rows -> {
                            model.addAttribute("rows", rows);
                            model.addAttribute("next", page.next());
                            model.addAttribute("errors", FormErrors.none());
                        }))
                .thenReturn("filing/review-list")
                .onErrorResume(FormErrors::shownOnForm, error -> {
                    model.addAttribute("errors", FormErrors.of((PortalException) error, messages, locale));
                    return Mono.just("filing/review-list");
                });
    }

    @GetMapping(DETAIL)
    Mono<String> detail(PortalUser user, @PathVariable String enterpriseId, @PathVariable int fiscalYear,
                        Model model) {
        return load(user, enterpriseId, fiscalYear, model)
                .map(view -> detailPage(model, view, Map.of(), FormErrors.none()));
    }

    @PostMapping(DETAIL + "/return")
    Mono<String> returnSections(PortalUser user, @PathVariable String enterpriseId, @PathVariable int fiscalYear,
                                @ModelAttribute ReturnForm form, Model model, Locale locale) {
        Map<FilingSection, String> comments = form.bySection();
        return load(user, enterpriseId, fiscalYear, model).flatMap(view -> filings
                .returnSections(user, enterpriseId, fiscalYear, comments, IfMatch.of(form.getVersion()))
                .map(returned -> "redirect:/reviewer/filings/" + enterpriseId + "/" + fiscalYear + "?returned")
                .onErrorResume(FormErrors::shownOnForm, error -> Mono.just(detailPage(model, view, comments,
                        FormErrors.of((PortalException) error, messages, locale, LABELS)))));
    }

    /** Accepting locks the filing, so the reviewer ticks a box to confirm it first; no script needed. */
    @PostMapping(DETAIL + "/acceptance")
    Mono<String> accept(PortalUser user, @PathVariable String enterpriseId, @PathVariable int fiscalYear,
                        @ModelAttribute AcceptForm form, Model model, Locale locale) {
        return load(user, enterpriseId, fiscalYear, model).flatMap(view -> (form.isConfirmed()
                ? filings.accept(user, enterpriseId, fiscalYear, IfMatch.of(form.version()))
                : Mono.<Filing>error(PortalException.invalid(new FieldProblem(CONFIRMED, "review.accept.confirm-required"))))
                .map(accepted -> "redirect:/reviewer/filings/" + enterpriseId + "/" + fiscalYear + "?accepted")
                .onErrorResume(FormErrors::shownOnForm, error -> Mono.just(detailPage(model, view, Map.of(),
                        FormErrors.of((PortalException) error, messages, locale)))));
    }

    /** The filing as every filing page has it, and the documents the firm attached to it. */
    private Mono<FilingView> load(PortalUser user, String enterpriseId, int fiscalYear, Model model) {
        return pages.load(user, enterpriseId, fiscalYear, model)
                .flatMap(view -> evidence.ofFiling(user, enterpriseId, fiscalYear).collectList()
                        .doOnNext(documents -> model.addAttribute("documents", documents))
                        .thenReturn(view));
    }

    private static String detailPage(Model model, FilingView view, Map<FilingSection, String> typed,
                                     FormErrors errors) {
        Map<FilingSection, String> comments = new LinkedHashMap<>();
        for (FilingSection section : FilingSection.values()) {
            comments.put(section, typed.getOrDefault(section, ""));
        }
        model.addAttribute("comments", comments);
        model.addAttribute("errors", errors);
        model.addAttribute("reviewable", view.filing().status() == FilingStatus.SUBMITTED);
        model.addAttribute("maxComment", FilingService.MAX_COMMENT);
        return "filing/review";
    }

    /** A line of the reviewers' list: the filing and the firm it belongs to. */
    public record ListedFiling(Filing filing, Enterprise firm) {
    }

    /** The acceptance form: the version and the box that confirms it, posted as {@code confirmed=true}. */
    record AcceptForm(String version, String confirmed) {

        boolean isConfirmed() {
            return "true".equals(confirmed);
        }
    }

    /** The return form: the version and one comment per section, posted as {@code comments[financials]}. */
    public static class ReturnForm {
        private String version;
        private Map<String, String> comments = new HashMap<>();

        Map<FilingSection, String> bySection() {
            Map<FilingSection, String> bySection = new EnumMap<>(FilingSection.class);
            comments.forEach((slug, comment) -> FilingSection.ofSlug(slug)
                    .ifPresent(section -> bySection.put(section, comment)));
            return bySection;
        }

        public String getVersion() { return version; }
        public void setVersion(String version) { this.version = version; }
        public Map<String, String> getComments() { return comments; }
        public void setComments(Map<String, String> comments) { this.comments = comments; }
    }
}
