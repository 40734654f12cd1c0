package cn.baiyun.hte.filing.portfolio;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

import cn.baiyun.hte.enterprise.Enterprise;
import cn.baiyun.hte.enterprise.EnterpriseService;
import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.error.ProblemFactory;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.web.FormErrors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import reactor.core.publisher.Mono;

/**
 * What the portfolio pages share: the firm they are about (read with the caller's rights, so another
 * firm's page is a plain 404), saving a form or showing it again with what went wrong, and the
 * confirmation page before a record is removed.
 */
@Component
class PageSupport {

    static final String DELETE_PAGE = "filing/portfolio/delete";

    private final EnterpriseService enterprises;
    private final ProblemFactory messages;

    PageSupport(EnterpriseService enterprises, ProblemFactory messages) {
        this.enterprises = enterprises;
        this.messages = messages;
    }

    Mono<Enterprise> firm(PortalUser user, String enterpriseId, Model model) {
        return enterprises.find(user, enterpriseId).doOnNext(firm -> model.addAttribute("firm", firm));
    }

    /**
     * Writes the details {@code typed} and goes back to {@code listPath}, or shows the form again with every
     * problem at once: the fields that could not even be read with the rules the rest breaks (nothing is
     * written then), the rules broken, or a newer version saved by someone else meanwhile. Each message
     * names its field, as found under {@code labels} in the messages.
     */
    <D> Mono<String> save(BindingResult binding, DetailsForm.Typed<D> typed,
                          Function<D, Mono<List<FieldProblem>>> problems, Function<D, Mono<?>> write, Locale locale,
                          String labels, String listPath, Function<FormErrors, String> formAgain) {
        if (binding.hasErrors()) {
            return problems.apply(typed.details()).map(found -> formAgain.apply(FormErrors.of(binding,
                    found.stream().map(typed.onPage()).toList(), messages, locale, labels)));
        }
        return write.apply(typed.details()).map(saved -> "redirect:" + listPath + "?saved")
                .onErrorResume(FormErrors::shownOnForm, error -> Mono.just(formAgain.apply(
                        FormErrors.of((PortalException) error, typed.onPage(), messages, locale, labels))));
    }

    /** The confirmation page; {@code what} names the record to the reader, e.g. its number and title. */
    String confirmDelete(Model model, String what, String listPath, Long version, FormErrors errors) {
        model.addAttribute("what", what);
        model.addAttribute("listPath", listPath);
        model.addAttribute("version", version);
        model.addAttribute("errors", errors);
        return DELETE_PAGE;
    }

    /** Removes the record, or explains on the confirmation page why it was not removed. */
    Mono<String> delete(Supplier<Mono<Void>> delete, Locale locale, String listPath,
                        Function<FormErrors, String> confirmAgain) {
        return delete.get().thenReturn("redirect:" + listPath + "?deleted")
                .onErrorResume(FormErrors::shownOnForm, error -> Mono.just(confirmAgain.apply(
                        FormErrors.of((PortalException) error, messages, locale))));
    }
}
