package cn.baiyun.hte.filing;

import java.util.List;
import java.util.Locale;

import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.error.ProblemFactory;
import cn.baiyun.hte.platform.error.ProblemType;
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
import reactor.core.publisher.Mono;

/**
 * One page per section of a filing, one topic each. Saving stores a draft, complete or not; what cannot
 * be stored is shown inline and in the error summary, with what was typed, and nothing is overwritten.
 * A section the firm may not change (the filing is submitted or accepted, or the reviewer did not return
 * it) is shown read-only.
 */
@Controller
class SectionPages {

    static final String SECTION = "/firms/{enterpriseId}/filings/{fiscalYear}/{slug}";

    private final FilingService filings;
    private final FilingPageModel pages;
    private final ProblemFactory messages;

    SectionPages(FilingService filings, FilingPageModel pages, ProblemFactory messages) {
        this.filings = filings;
        this.pages = pages;
        this.messages = messages;
    }

    @GetMapping(SECTION)
    Mono<String> show(PortalUser user, @PathVariable String enterpriseId, @PathVariable int fiscalYear,
                      @PathVariable String slug, Model model) {
        FilingSection section = section(slug);
        return pages.load(user, enterpriseId, fiscalYear, model)
                .map(view -> page(user, model, view, section, FilingForm.of(view.filing()), FormErrors.none()));
    }

    @PostMapping(SECTION)
    Mono<String> save(PortalUser user, @PathVariable String enterpriseId, @PathVariable int fiscalYear,
                      @PathVariable String slug, @ModelAttribute("form") FilingForm form, BindingResult binding,
                      Model model, Locale locale) {
        FilingSection section = section(slug);
        return pages.load(user, enterpriseId, fiscalYear, model).flatMap(view -> {
            if (binding.hasErrors()) {
                return Mono.just(page(user, model, view, section, form.withBlankRows(),
                        FormErrors.of(binding, List.of(), messages, locale)));
            }
            FilingForm.Parsed parsed = form.parse(section);
            return filings.saveSection(user, enterpriseId, fiscalYear, section, parsed.value(),
                            IfMatch.of(form.getVersion()))
                    .map(saved -> "redirect:/firms/" + enterpriseId + "/filings/" + fiscalYear + "/" + slug + "?saved")
                    .onErrorResume(FormErrors::shownOnForm, error -> Mono.just(page(user, model, view, section,
                            form.withBlankRows(), errors((PortalException) error, parsed, locale))));
        });
    }

    /** The service names rows by their place in the saved value; the page by their place on the page. */
    private FormErrors errors(PortalException error, FilingForm.Parsed parsed, Locale locale) {
        if (error.type() != ProblemType.VALIDATION) {
            return FormErrors.of(error, messages, locale);
        }
        List<FieldProblem> onPage = error.fieldProblems().stream().map(parsed::onPage).toList();
        return FormErrors.of(PortalException.invalid(onPage), messages, locale);
    }

    private static String page(PortalUser user, Model model, FilingView view, FilingSection section, FilingForm form,
                               FormErrors errors) {
        model.addAttribute("section", section);
        model.addAttribute("editable", user.isFirmUser() && view.filing().editable(section));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("returnComment", view.filing().returnComments().get(section));
        model.addAttribute("bands", SelfAssessment.Band.values());
        model.addAttribute("practices", SelfAssessment.Practice.values());
        model.addAttribute("incidentTypes", Incident.Type.values());
        model.addAttribute("staffModes", Staff.Mode.values());
        model.addAttribute("answers", List.of(Boolean.TRUE, Boolean.FALSE));
        return "filing/" + section.slug();
    }

    private static FilingSection section(String slug) {
        return FilingSection.ofSlug(slug).orElseThrow(PortalException::notFound);
    }
}
