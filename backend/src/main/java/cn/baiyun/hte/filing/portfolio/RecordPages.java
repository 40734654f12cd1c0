package cn.baiyun.hte.filing.portfolio;

import java.util.List;
import java.util.Locale;

import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.web.FormErrors;
import cn.baiyun.hte.platform.web.IfMatch;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import reactor.core.publisher.Mono;

/**
 * The pages of one kind of portfolio record under {@code /firms/{enterpriseId}/<collection>}: the list,
 * a form to add one, a form to edit one, and a confirmation before one is removed. Forms carry the
 * version they started from; a save over someone else's newer save shows the conflict and changes
 * nothing.
 */
abstract class RecordPages<T extends FirmOwned<D, T>, D, F extends DetailsForm<D>> {

    private static final String TEMPLATES = "filing/portfolio/";

    private final FirmRecords<T, D> records;
    private final PageSupport pages;
    private final String collection;
    private final String formTemplate;
    private final String labels;

    /**
     * @param collection the path segment under the firm, which is also the list template's name
     * @param formTemplate the name of the add / edit form's template
     * @param labels where the form's field names are in the messages, e.g. {@code portfolio.ip.field.}
     */
    RecordPages(FirmRecords<T, D> records, PageSupport pages, String collection, String formTemplate,
                String labels) {
        this.records = records;
        this.pages = pages;
        this.collection = collection;
        this.formTemplate = formTemplate;
        this.labels = labels;
    }

    /** A form for a new record. */
    abstract F newForm();

    /** A form showing a stored record. */
    abstract F formOf(T record);

    /** Names the record to the reader, e.g. on the delete confirmation. */
    abstract String label(T record);

    /** Adds what the list shows beyond the records themselves. */
    abstract Mono<Void> addListDetails(PortalUser user, String enterpriseId, List<T> all, Model model);

    /** Adds the choices the form offers (enum values, the firm's IP assets). */
    abstract Mono<Void> addFormChoices(PortalUser user, String enterpriseId, Model model);

    /** Reshapes a form shown again after an error, e.g. with its spare empty rows. */
    F again(F form) {
        return form;
    }

    @GetMapping
    Mono<String> list(PortalUser user, @PathVariable String enterpriseId, Model model) {
        return pages.firm(user, enterpriseId, model)
                .then(records.all(user, enterpriseId).collectList())
                .flatMap(all -> {
                    model.addAttribute("records", all);
                    return addListDetails(user, enterpriseId, all, model);
                })
                .thenReturn(TEMPLATES + collection);
    }

    @GetMapping("/new")
    Mono<String> add(PortalUser user, @PathVariable String enterpriseId, Model model) {
        return formPage(user, enterpriseId, model)
                .then(Mono.fromSupplier(() -> form(model, enterpriseId, null, newForm(), FormErrors.none())));
    }

    @PostMapping("/new")
    Mono<String> create(PortalUser user, @PathVariable String enterpriseId, @ModelAttribute("form") F form,
                        BindingResult binding, Model model, Locale locale) {
        return formPage(user, enterpriseId, model).then(Mono.defer(() -> pages.save(binding, form.typed(binding),
                details -> records.problems(enterpriseId, details),
                details -> records.create(user, enterpriseId, details), locale, labels, listPath(enterpriseId),
                errors -> form(model, enterpriseId, null, again(form), errors))));
    }

    @GetMapping("/{id}/edit")
    Mono<String> edit(PortalUser user, @PathVariable String enterpriseId, @PathVariable String id, Model model) {
        return formPage(user, enterpriseId, model).then(records.find(user, enterpriseId, id))
                .map(record -> form(model, enterpriseId, id, formOf(record), FormErrors.none()));
    }

    @PostMapping("/{id}/edit")
    Mono<String> update(PortalUser user, @PathVariable String enterpriseId, @PathVariable String id,
                        @ModelAttribute("form") F form, BindingResult binding, Model model, Locale locale) {
        return formPage(user, enterpriseId, model).then(Mono.defer(() -> pages.save(binding, form.typed(binding),
                details -> records.problems(enterpriseId, details),
                details -> records.update(user, enterpriseId, id, details, IfMatch.of(form.getVersion())), locale,
                labels, listPath(enterpriseId), errors -> form(model, enterpriseId, id, again(form), errors))));
    }

    @GetMapping("/{id}/delete")
    Mono<String> confirmDelete(PortalUser user, @PathVariable String enterpriseId, @PathVariable String id,
                               Model model) {
        return pages.firm(user, enterpriseId, model).then(records.find(user, enterpriseId, id))
                .map(record -> pages.confirmDelete(model, label(record), listPath(enterpriseId), record.version(),
                        FormErrors.none()));
    }

    @PostMapping("/{id}/delete")
    Mono<String> delete(PortalUser user, @PathVariable String enterpriseId, @PathVariable String id,
                        @ModelAttribute VersionForm form, Model model, Locale locale) {
        String listPath = listPath(enterpriseId);
        return pages.firm(user, enterpriseId, model).then(records.find(user, enterpriseId, id))
                .flatMap(record -> pages.delete(() -> records.delete(user, enterpriseId, id, IfMatch.of(form.getVersion())), locale,
                        listPath, errors -> pages.confirmDelete(model, label(record), listPath, record.version(),
                                errors)));
    }

    private Mono<Void> formPage(PortalUser user, String enterpriseId, Model model) {
        return pages.firm(user, enterpriseId, model).then(addFormChoices(user, enterpriseId, model));
    }

    private String form(Model model, String enterpriseId, String id, F form, FormErrors errors) {
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("listPath", listPath(enterpriseId));
        return TEMPLATES + formTemplate;
    }

    private String listPath(String enterpriseId) {
        return "/firms/" + enterpriseId + "/" + collection;
    }
}
