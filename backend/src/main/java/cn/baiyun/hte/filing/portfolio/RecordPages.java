package cn.baiyun.hte.filing.portfolio;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.web.BoundForm;
import cn.baiyun.hte.platform.web.FormErrors;
import cn.baiyun.hte.platform.web.IfMatch;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The pages of one kind of portfolio record under {@code /firms/{enterpriseId}/<collection>}: the list,
 * a form to add one, a form to edit one, and a confirmation before one is removed. A form is read
 * straight into the details {@code D} the API takes ({@code platform.web.FormBinder}) and carries the
 * version it started from; a save over someone else's newer save shows the conflict and changes nothing.
 */
abstract class RecordPages<T extends FirmOwned<D, T>, D> {

    private static final String TEMPLATES = "filing/portfolio/";

    private final FirmRecords<T, D> records;
    private final PageSupport pages;
    private final String collection;
    private final String formTemplate;
    private final Class<D> detailsType;
    private final D empty;
    private final FormRows<D, ?> rows;
    private final String labels;

    /**
     * @param collection   the path segment under the firm, which is also the list template's name
     * @param formTemplate the name of the add / edit form's template
     * @param detailsType  what the form is read into
     * @param empty        the details a new record's form starts from
     * @param rows         the list of the details the form shows as rows, if any
     * @param labels       where the form's field names are in the messages, e.g. {@code portfolio.ip.field.}
     */
    RecordPages(FirmRecords<T, D> records, PageSupport pages, String collection, String formTemplate,
                Class<D> detailsType, D empty, FormRows<D, ?> rows, String labels) {
        this.records = records;
        this.pages = pages;
        this.collection = collection;
        this.formTemplate = formTemplate;
        this.detailsType = detailsType;
        this.empty = empty;
        this.rows = rows;
        this.labels = labels;
    }

    /** Names the record to the reader, e.g. on the delete confirmation. */
    abstract String label(T record);

    /** Adds what the list shows beyond the records themselves. */
    abstract Mono<Void> addListDetails(PortalUser user, String enterpriseId, List<T> all, Model model);

    /** Adds the choices the form offers (enum values, the firm's IP assets). */
    abstract Mono<Void> addFormChoices(PortalUser user, String enterpriseId, Model model);

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
                .then(Mono.fromSupplier(() -> form(model, enterpriseId, null, empty, null, FormErrors.none())));
    }

    @PostMapping("/new")
    Mono<String> create(PortalUser user, @PathVariable String enterpriseId, ServerWebExchange exchange, Model model,
                        Locale locale) {
        return formPage(user, enterpriseId, model).then(exchange.getFormData()).flatMap(data ->
                save(enterpriseId, null, data, model, locale,
                        details -> records.create(user, enterpriseId, details)));
    }

    @GetMapping("/{id}/edit")
    Mono<String> edit(PortalUser user, @PathVariable String enterpriseId, @PathVariable String id, Model model) {
        return formPage(user, enterpriseId, model).then(records.find(user, enterpriseId, id))
                .map(record -> form(model, enterpriseId, id, record.details(), String.valueOf(record.version()),
                        FormErrors.none()));
    }

    @PostMapping("/{id}/edit")
    Mono<String> update(PortalUser user, @PathVariable String enterpriseId, @PathVariable String id,
                        ServerWebExchange exchange, Model model, Locale locale) {
        return formPage(user, enterpriseId, model).then(exchange.getFormData()).flatMap(data ->
                save(enterpriseId, id, data, model, locale, details -> records.update(user, enterpriseId, id,
                        details, IfMatch.of(data.getFirst("version")))));
    }

    @GetMapping("/{id}/delete")
    Mono<String> confirmDelete(PortalUser user, @PathVariable String enterpriseId, @PathVariable String id,
                               Model model) {
        return pages.firm(user, enterpriseId, model).then(records.find(user, enterpriseId, id))
                .map(record -> pages.confirmDelete(model, label(record), listPath(enterpriseId), record.version(),
                        FormErrors.none()));
    }

    /** The confirmation posts only the version the reader saw, so that a stale removal is refused. */
    @PostMapping("/{id}/delete")
    Mono<String> delete(PortalUser user, @PathVariable String enterpriseId, @PathVariable String id,
                        ServerWebExchange exchange, Model model, Locale locale) {
        String listPath = listPath(enterpriseId);
        return pages.firm(user, enterpriseId, model).then(records.find(user, enterpriseId, id))
                .zipWith(exchange.getFormData())
                .flatMap(found -> pages.delete(() -> records.delete(user, enterpriseId, id,
                                IfMatch.of(found.getT2().getFirst("version"))), locale, listPath,
                        errors -> pages.confirmDelete(model, label(found.getT1()), listPath,
                                found.getT1().version(), errors)));
    }

    /**
     * Saves the posted details without their blank rows, or shows the form again as typed: with every
     * problem at once when some values could not be read (nothing is saved then).
     */
    private Mono<String> save(String enterpriseId, String id, MultiValueMap<String, String> data, Model model,
                              Locale locale, Function<D, Mono<?>> write) {
        BoundForm<D> posted = pages.bind(data, detailsType);
        D saved = rows.withoutBlankRows(posted.value(), posted.binding());
        return pages.save(posted, rows.kept(posted.value(), posted.binding()),
                () -> records.problems(enterpriseId, saved), () -> write.apply(saved), locale, labels,
                listPath(enterpriseId),
                errors -> form(model, enterpriseId, id, posted.value(), data.getFirst("version"), errors));
    }

    private Mono<Void> formPage(PortalUser user, String enterpriseId, Model model) {
        return pages.firm(user, enterpriseId, model).then(addFormChoices(user, enterpriseId, model));
    }

    private String form(Model model, String enterpriseId, String id, D details, String version, FormErrors errors) {
        model.addAttribute("id", id);
        model.addAttribute("form", rows.withSpareRows(details));
        model.addAttribute("version", version);
        model.addAttribute("errors", errors);
        model.addAttribute("listPath", listPath(enterpriseId));
        return TEMPLATES + formTemplate;
    }

    private String listPath(String enterpriseId) {
        return "/firms/" + enterpriseId + "/" + collection;
    }
}
