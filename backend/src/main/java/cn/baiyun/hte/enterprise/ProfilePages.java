package cn.baiyun.hte.enterprise;

import java.util.List;
import java.util.Locale;

import cn.baiyun.hte.platform.audit.ChangeHistory;
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

/** A firm's profile: read it, edit it, and (for reviewers) see who changed what. */
@PageController
class ProfilePages {

    static final int HISTORY_SIZE = 20;

    private final EnterpriseService enterprises;
    private final TechnicalFieldCatalogue catalogue;
    private final ChangeHistory history;
    private final ProfileValidator validator;
    private final FormBinder binder;
    private final ProblemFactory messages;

    ProfilePages(EnterpriseService enterprises, TechnicalFieldCatalogue catalogue, ChangeHistory history,
                 ProfileValidator validator, FormBinder binder, ProblemFactory messages) {
        this.enterprises = enterprises;
        this.catalogue = catalogue;
        this.history = history;
        this.validator = validator;
        this.binder = binder;
        this.messages = messages;
    }

    @GetMapping("/firms/{enterpriseId}")
    Mono<String> show(PortalUser user, @PathVariable String enterpriseId, Model model, Locale locale) {
        return enterprises.find(user, enterpriseId).map(enterprise -> {
            model.addAttribute("firm", enterprise);
            model.addAttribute("fieldTitle", fieldTitle(enterprise.profile().technicalField(), locale));
            if (user.isReviewer()) {
                model.addAttribute("history", history.ofEnterprise(enterpriseId, HISTORY_SIZE, locale));
            }
            return "enterprise/profile";
        });
    }

    @GetMapping("/firms/{enterpriseId}/edit")
    Mono<String> edit(PortalUser user, @PathVariable String enterpriseId, Model model) {
        return enterprises.find(user, enterpriseId)
                .map(enterprise -> editPage(model, enterprise, ProfileForm.of(enterprise), FormErrors.none()));
    }

    /**
     * Saves the profile, or shows the form again with every problem at once: values that could not be
     * read, and what the rules find wrong with the rest (nothing is saved then).
     */
    @PostMapping("/firms/{enterpriseId}/edit")
    Mono<String> save(PortalUser user, @PathVariable String enterpriseId, ServerWebExchange exchange, Model model,
                      Locale locale) {
        return enterprises.find(user, enterpriseId).zipWith(exchange.getFormData()).flatMap(loaded -> {
            Enterprise current = loaded.getT1();
            BoundForm<EnterpriseProfile> posted = binder.bind(loaded.getT2(), EnterpriseProfile.class);
            ProfileForm form = ProfileForm.posted(loaded.getT2().getFirst("version"), posted.value());
            if (posted.hasErrors()) {
                List<FieldProblem> problems = validator.validate(form.toProfile()).stream().map(form::onPage).toList();
                return Mono.just(editPage(model, current, form,
                        FormErrors.of(posted.binding(), problems, messages, locale)));
            }
            return enterprises.updateProfile(user, enterpriseId, form.toProfile(), IfMatch.of(form.getVersion()))
                    .map(saved -> "redirect:/firms/" + enterpriseId + "?saved")
                    .onErrorResume(FormErrors::shownOnForm, error -> Mono.just(editPage(model, current, form,
                            FormErrors.of((PortalException) error, form::onPage, messages, locale))));
        });
    }

    private String editPage(Model model, Enterprise enterprise, ProfileForm form, FormErrors errors) {
        model.addAttribute("firm", enterprise);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("fields", catalogue.all().stream().filter(TechnicalField::isAssignable).toList());
        model.addAttribute("stages", LifecycleStage.values());
        model.addAttribute("levels", SpecializedCertificate.Level.values());
        return "enterprise/profile-edit";
    }

    private String fieldTitle(String code, Locale locale) {
        return code == null ? null : catalogue.find(code).map(field -> field.title(locale)).orElse(code);
    }
}
