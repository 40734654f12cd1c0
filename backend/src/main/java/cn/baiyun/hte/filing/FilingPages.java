package cn.baiyun.hte.filing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import cn.baiyun.hte.enterprise.EnterpriseService;
import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.error.ProblemFactory;
import cn.baiyun.hte.platform.error.ProblemType;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.web.FormErrors;
import cn.baiyun.hte.platform.web.IfMatch;
import cn.baiyun.hte.platform.web.PageController;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import reactor.core.publisher.Mono;

/**
 * A firm's filings: the list by year with a form to start one, each filing's task list, amending an
 * accepted filing, and the check-your-answers page that submits it.
 */
@PageController
class FilingPages {

    private static final String FILINGS = "/firms/{enterpriseId}/filings";
    private static final String FILING = FILINGS + "/{fiscalYear}";

    private final FilingService filings;
    private final EnterpriseService enterprises;
    private final FilingPageModel pages;
    private final ProblemFactory messages;
    private final Clock clock;

    FilingPages(FilingService filings, EnterpriseService enterprises, FilingPageModel pages, ProblemFactory messages,
                Clock clock) {
        this.filings = filings;
        this.enterprises = enterprises;
        this.pages = pages;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(FILINGS)
    Mono<String> list(PortalUser user, @PathVariable String enterpriseId, Model model) {
        return listPage(user, enterpriseId, model, String.valueOf(lastEndedYear()), FormErrors.none());
    }

    @PostMapping(FILINGS)
    Mono<String> create(PortalUser user, @PathVariable String enterpriseId,
                        @ModelAttribute("newFiling") NewFilingForm request, BindingResult binding,
                        Model model, Locale locale) {
        Object fiscalYear = binding.getFieldValue("fiscalYear");
        if (binding.hasErrors()) {
            return listPage(user, enterpriseId, model, fiscalYear, FormErrors.of(binding, List.of(), messages, locale));
        }
        return filings.create(user, enterpriseId, request.getFiscalYear())
                .map(filing -> "redirect:/firms/" + enterpriseId + "/filings/" + filing.fiscalYear())
                .onErrorResume(FormErrors::shownOnForm, error -> listPage(user, enterpriseId, model, fiscalYear,
                        FormErrors.of(onTheYear((PortalException) error, fiscalYear), messages, locale)));
    }

    @GetMapping(FILING)
    Mono<String> taskList(PortalUser user, @PathVariable String enterpriseId, @PathVariable int fiscalYear,
                          Model model) {
        return pages.load(user, enterpriseId, fiscalYear, model)
                .map(view -> taskListPage(user, model, view, FormErrors.none()));
    }

    @PostMapping(FILING + "/amendment")
    Mono<String> amend(PortalUser user, @PathVariable String enterpriseId, @PathVariable int fiscalYear,
                       @ModelAttribute FilingPageModel.VersionForm form, Model model, Locale locale) {
        return pages.load(user, enterpriseId, fiscalYear, model).flatMap(view -> filings
                .amend(user, enterpriseId, fiscalYear, IfMatch.of(form.version()))
                .map(amended -> "redirect:/firms/" + enterpriseId + "/filings/" + fiscalYear + "?amended")
                .onErrorResume(FormErrors::shownOnForm, error -> Mono.just(taskListPage(user, model, view,
                        FormErrors.of((PortalException) error, messages, locale)))));
    }

    @GetMapping(FILING + "/check")
    Mono<String> check(PortalUser user, @PathVariable String enterpriseId, @PathVariable int fiscalYear,
                       Model model, Locale locale) {
        return pages.load(user, enterpriseId, fiscalYear, model)
                .map(view -> checkPage(user, model, view, FormErrors.none(), false, locale));
    }

    /**
     * Submits with the firm's commitment; then the receipt, whose notice says once that it was submitted.
     * A refusal shows the check page again: what is still missing as links to the inputs, the commitment's
     * message next to its box, or why the filing cannot be submitted at all (already submitted, accepted).
     */
    @PostMapping(FILING + "/check")
    Mono<String> submit(PortalUser user, @PathVariable String enterpriseId, @PathVariable int fiscalYear,
                        @ModelAttribute SubmitForm form, Model model, Locale locale) {
        return pages.load(user, enterpriseId, fiscalYear, model).flatMap(view -> filings
                .submit(user, enterpriseId, fiscalYear, form.committed(), IfMatch.of(form.version()))
                .map(submitted -> "redirect:/firms/" + enterpriseId + "/filings/" + fiscalYear + "/receipt?submitted")
                .onErrorResume(FormErrors::shownOnForm, error -> Mono.just(checkPage(user, model, view,
                        FormErrors.of((PortalException) error, messages, locale), form.committed(), locale))));
    }

    /** The submission's receipt, to keep or print: reference number, time, and the commitment made. */
    @GetMapping(FILING + "/receipt")
    Mono<String> receipt(PortalUser user, @PathVariable String enterpriseId, @PathVariable int fiscalYear,
                         Model model) {
        return pages.load(user, enterpriseId, fiscalYear, model).thenReturn("filing/receipt");
    }

    private Mono<String> listPage(PortalUser user, String enterpriseId, Model model, Object typedYear,
                                  FormErrors errors) {
        return enterprises.find(user, enterpriseId).flatMap(firm -> filings.ofFirm(user, enterpriseId).collectList()
                .map(list -> {
                    model.addAttribute("firm", firm);
                    model.addAttribute("filings", list);
                    model.addAttribute("fiscalYear", typedYear);
                    model.addAttribute("lastEndedYear", lastEndedYear());
                    model.addAttribute("errors", errors);
                    model.addAttribute("member", user.isFirmUser());
                    return "filing/firm-filings";
                }));
    }

    private static String taskListPage(PortalUser user, Model model, FilingView view, FormErrors errors) {
        model.addAttribute("errors", errors);
        model.addAttribute("member", user.isFirmUser());
        model.addAttribute("sections", FilingSection.values());
        model.addAttribute("revisions", view.filing().previousRevisions().stream().map(ShownRevision::of).toList());
        return "filing/task-list";
    }

    private String checkPage(PortalUser user, Model model, FilingView view, FormErrors errors, boolean committed,
                             Locale locale) {
        Filing filing = view.filing();
        boolean submittable = user.isFirmUser() && filing.submittable();
        List<SectionLink> problems = submittable ? sectionLinks(filings.submissionProblems(filing), filing, locale)
                : List.of();
        model.addAttribute("errors", errors);
        model.addAttribute("problems", problems);
        model.addAttribute("member", user.isFirmUser());
        model.addAttribute("submittable", submittable);
        model.addAttribute("ready", submittable && problems.isEmpty());
        model.addAttribute("committed", committed);
        return "filing/check";
    }

    /** A duplicate year is a problem with the year typed, so it is shown next to it. */
    private static PortalException onTheYear(PortalException error, Object typedYear) {
        return error.type() == ProblemType.CONFLICT
                ? PortalException.invalid(new FieldProblem("fiscalYear", error.detailKey(), String.valueOf(typedYear)))
                : error;
    }

    /**
     * What keeps the filing from being submitted, as links to the inputs on the section pages. The staff
     * page lays out a month's row by its month, the saved value lists only the months given.
     */
    private List<SectionLink> sectionLinks(List<FieldProblem> submissionProblems, Filing filing, Locale locale) {
        Staff staff = filing.content().staff();
        List<Integer> monthRows = staff == null ? List.of()
                : staff.months().stream().map(m -> m.month() == null ? 0 : m.month() - 1).toList();
        FilingForm.Parsed staffRows = new FilingForm.Parsed(null, monthRows);
        FormErrors ids = FormErrors.none();
        return submissionProblems.stream().map(problem -> {
            FieldProblem onPage = problem.field().startsWith(FilingSection.STAFF.property() + ".")
                    ? staffRows.onPage(problem) : problem;
            FilingSection section = sectionOf(onPage.field());
            return new SectionLink(section, ids.inputId(onPage.field()), FormErrors.message(onPage, messages, locale));
        }).toList();
    }

    private static FilingSection sectionOf(String field) {
        String property = field.split("[.\\[]", 2)[0];
        for (FilingSection section : FilingSection.values()) {
            if (section.property().equals(property)) {
                return section;
            }
        }
        throw new IllegalArgumentException("No section for " + field);
    }

    private int lastEndedYear() {
        return LocalDate.now(clock).getYear() - 1;
    }

    /**
     * The new-filing form. A bean bound through its setter rather than the API's record: WebFlux answers
     * a record whose constructor argument cannot be converted with 400, a bean keeps it as a field error
     * that the page shows next to the year.
     */
    public static class NewFilingForm {
        private Integer fiscalYear;

        public Integer getFiscalYear() { return fiscalYear; }
        public void setFiscalYear(Integer fiscalYear) { this.fiscalYear = fiscalYear; }
    }

    /**
     * The check page's form: the version it was read at and the commitment's box, posted as
     * {@code commitment=true} when ticked and not at all otherwise. Text, so that nothing posted is a 400.
     */
    record SubmitForm(String version, String commitment) {

        boolean committed() {
            return "true".equals(commitment);
        }
    }

    /** A submission problem: the section page to open, the input to focus and what to fix. */
    public record SectionLink(FilingSection section, String inputId, String message) {
    }

    /** An accepted revision that an amendment replaced, with the figures derived from it. */
    public record ShownRevision(int revision, Instant acceptedAt, FilingContent content, FilingFigures figures) {

        static ShownRevision of(FilingRevision revision) {
            return new ShownRevision(revision.revision(), revision.acceptedAt(), revision.content(),
                    FilingFigures.of(revision.content()));
        }
    }
}
