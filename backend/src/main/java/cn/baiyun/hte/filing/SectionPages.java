package cn.baiyun.hte.filing;

import java.util.List;
import java.util.Locale;

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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * One page per section of a filing, one topic each. Saving stores a draft, complete or not; what cannot
 * be stored is shown inline and in the error summary, with what was typed, and nothing is overwritten.
 * Every problem is shown at once: a value that cannot be read does not hide what the rules find wrong
 * with the others.
 * A section the firm may not change (the filing is submitted or accepted, or the reviewer did not return
 * it) is shown read-only.
 */
@PageController
class SectionPages {

    static final String SECTION = "/firms/{enterpriseId}/filings/{fiscalYear}/{slug}";

    private final FilingService filings;
    private final FilingPageModel pages;
    private final FilingValidator validator;
    private final FormBinder binder;
    private final ProblemFactory messages;

    SectionPages(FilingService filings, FilingPageModel pages, FilingValidator validator, FormBinder binder,
                 ProblemFactory messages) {
        this.filings = filings;
        this.pages = pages;
        this.validator = validator;
        this.binder = binder;
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
                      @PathVariable String slug, ServerWebExchange exchange, Model model, Locale locale) {
        FilingSection section = section(slug);
        return pages.load(user, enterpriseId, fiscalYear, model).zipWith(exchange.getFormData()).flatMap(loaded -> {
            FilingView view = loaded.getT1();
            BoundForm<FilingContent> posted = binder.bind(loaded.getT2(), FilingContent.class);
            FilingForm form = FilingForm.posted(loaded.getT2().getFirst("version"), posted.value());
            FilingForm.Parsed parsed = form.parse(section);
            if (posted.hasErrors()) {
                List<FieldProblem> problems = validator.wellFormed(section, parsed.value()).stream()
                        .map(parsed::onPage).toList();
                return Mono.just(page(user, model, view, section, form,
                        FormErrors.of(posted.binding(), problems, messages, locale)));
            }
            return filings.saveSection(user, enterpriseId, fiscalYear, section, parsed.value(),
                            IfMatch.of(form.getVersion()))
                    .map(saved -> "redirect:/firms/" + enterpriseId + "/filings/" + fiscalYear + "/" + slug + "?saved")
                    .onErrorResume(FormErrors::shownOnForm, error -> Mono.just(page(user, model, view, section,
                            form, FormErrors.of((PortalException) error, parsed::onPage, messages, locale))));
        });
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
