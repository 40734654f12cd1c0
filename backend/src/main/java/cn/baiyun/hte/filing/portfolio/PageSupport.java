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
import cn.baiyun.hte.platform.web.BoundForm;
import cn.baiyun.hte.platform.web.FormBinder;
import cn.baiyun.hte.platform.web.FormErrors;
import cn.baiyun.hte.platform.web.KeptRows;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
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
    private final FormBinder binder;
    private final ProblemFactory messages;

    PageSupport(EnterpriseService enterprises, FormBinder binder, ProblemFactory messages) {
        this.enterprises = enterprises;
        this.binder = binder;
        this.messages = messages;
    }

    Mono<Enterprise> firm(PortalUser user, String enterpriseId, Model model) {
        return enterprises.find(user, enterpriseId).doOnNext(firm -> model.addAttribute("firm", firm));
    }

    /** The posted form read into the details {@code type}, unreadable values kept for their errors. */
    <D> BoundForm<D> bind(MultiValueMap<String, String> data, Class<D> type) {
        return binder.bind(data, type);
    }

    /**
     * Runs {@code write} and goes back to {@code listPath}, or shows the form again: with the fields that
     * could not even be read together with the rules the rest breaks (nothing is written then), the rules
     * broken, or a newer version saved by someone else meanwhile. Problems found with the details as saved
     * are moved to the rows they were typed in ({@code kept}); each message names its field, as found
     * under {@code labels} in the messages.
     */
    <D> Mono<String> save(BoundForm<D> posted, KeptRows kept, Supplier<Mono<List<FieldProblem>>> problems,
                          Supplier<Mono<?>> write, Locale locale, String labels, String listPath,
                          Function<FormErrors, String> formAgain) {
        if (posted.hasErrors()) {
            return problems.get().map(found -> formAgain.apply(FormErrors.of(posted.binding(),
                    found.stream().map(kept::onPage).toList(), messages, locale, labels)));
        }
        return write.get().map(saved -> "redirect:" + listPath + "?saved")
                .onErrorResume(FormErrors::shownOnForm, error -> Mono.just(formAgain.apply(
                        FormErrors.of((PortalException) error, kept::onPage, messages, locale, labels))));
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
