package cn.baiyun.hte.publication;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.error.ProblemFactory;
import cn.baiyun.hte.platform.error.ProblemType;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.upload.MultipartUpload;
import cn.baiyun.hte.platform.web.FormErrors;
import cn.baiyun.hte.platform.web.IfMatch;
import cn.baiyun.hte.platform.web.PageController;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.PartEvent;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The policy library: the public list, each policy with its PDF to download (no session needed, none made),
 * and for reviewers, under {@code /reviewer/policies}, the forms to draft and edit one (a multipart form: the
 * fields, then the PDF, streamed in and checked like every upload) and the buttons on its page to publish and
 * withdraw it.
 */
@PageController
class PolicyPages {

    private static final String LIST = "publication/policies";
    private static final String ONE = "publication/policy";
    private static final String FORM = "publication/policy-form";
    private static final String MANAGE = "/reviewer/policies";

    private final PolicyService policies;
    private final ProblemFactory messages;

    PolicyPages(PolicyService policies, ProblemFactory messages) {
        this.policies = policies;
        this.messages = messages;
    }

    @GetMapping("/policies")
    Mono<String> list(PortalUser user, @RequestParam(required = false) String q,
                      @RequestParam(required = false) String tag,
                      @RequestParam(required = false) PublicationStatus status,
                      @RequestParam(required = false) String cursor, Model model, Locale locale) {
        PublicationSearch search = new PublicationSearch(q, tag, status, null, cursor);
        return PublicationListPage.show(user, policies.list(user, search), search, "/policies", "tag", model, messages, locale,
                LIST);
    }

    @GetMapping("/policies/{id}")
    Mono<String> show(PortalUser user, @PathVariable String id, Model model) {
        return policies.find(user, id)
                .map(found -> PublicationItemPage.show(user, found, model, FormErrors.none(), ONE));
    }

    @GetMapping("/policies/{id}/document")
    Mono<ResponseEntity<Flux<DataBuffer>>> download(PortalUser user, @PathVariable String id) {
        return policies.download(user, id);
    }

    @GetMapping(MANAGE + "/new")
    Mono<String> add(PortalUser user, Model model) {
        return PublicationLifecycle.requireManager(user)
                .then(Mono.fromSupplier(() -> form(model, null, PolicyFormView.EMPTY, null, FormErrors.none())));
    }

    @PostMapping(path = MANAGE + "/new", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Mono<String> create(PortalUser user, @RequestBody Flux<PartEvent> parts, Model model, Locale locale,
                        ServerWebExchange exchange) {
        AtomicReference<MultipartUpload.Form> typed = new AtomicReference<>();
        return PublicationLifecycle.requireManager(user)
                .then(MultipartUpload.read(parts, PolicyFiles.FIELD, (form, content) -> {
                    typed.set(form);
                    return policies.create(user, PolicyUpload.of(form, content));
                }))
                .map(saved -> "redirect:/policies/" + saved.id() + "?saved")
                .onErrorResume(MultipartUpload::shownOnForm, error -> failed(typed.get(), null, (PortalException) error,
                        model, locale, exchange));
    }

    @GetMapping(MANAGE + "/{id}/edit")
    Mono<String> edit(PortalUser user, @PathVariable String id, Model model) {
        return PublicationLifecycle.requireManager(user).then(policies.find(user, id)).map(found -> form(model, id,
                PolicyFormView.of(found.details()), String.valueOf(found.version()), FormErrors.none()));
    }

    @PostMapping(path = MANAGE + "/{id}/edit", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Mono<String> update(PortalUser user, @PathVariable String id, @RequestBody Flux<PartEvent> parts, Model model,
                        Locale locale, ServerWebExchange exchange) {
        AtomicReference<MultipartUpload.Form> typed = new AtomicReference<>();
        return PublicationLifecycle.requireManager(user)
                .then(MultipartUpload.read(parts, PolicyFiles.FIELD, (form, content) -> {
                    typed.set(form);
                    return policies.update(user, id, PolicyUpload.of(form, content), IfMatch.of(form.field("version")));
                }))
                .map(saved -> "redirect:/policies/" + id + "?saved")
                .onErrorResume(MultipartUpload::shownOnForm, error -> failed(typed.get(), id, (PortalException) error,
                        model, locale, exchange));
    }

    @PostMapping(MANAGE + "/{id}/publication")
    Mono<String> publish(PortalUser user, @PathVariable String id, Model model, Locale locale) {
        return changed(user, id, policies.publish(user, id), "published", model, locale);
    }

    @PostMapping(MANAGE + "/{id}/withdrawal")
    Mono<String> withdraw(PortalUser user, @PathVariable String id, Model model, Locale locale) {
        return changed(user, id, policies.withdraw(user, id), "withdrawn", model, locale);
    }

    private Mono<String> changed(PortalUser user, String id, Mono<Policy> change, String flag, Model model,
                                 Locale locale) {
        return PublicationItemPage.changed(user, change, "/policies/" + id, flag,
                policies.find(user, id), model, messages, locale, ONE);
    }

    /** The form again with what was typed and every problem; a file over the limit answers 413 too. */
    private Mono<String> failed(MultipartUpload.Form form, String id, PortalException error, Model model, Locale locale,
                                ServerWebExchange exchange) {
        if (error.type() == ProblemType.PAYLOAD_TOO_LARGE) {
            exchange.getResponse().setStatusCode(error.type().status());
        }
        PolicyFormView view = form == null ? PolicyFormView.EMPTY : PolicyFormView.posted(form);
        String version = form == null ? null : form.field("version");
        return Mono.just(form(model, id, view, version,
                FormErrors.of(error, messages, locale, PublicationListPage.LABELS)));
    }

    private String form(Model model, String id, PolicyFormView form, String version, FormErrors errors) {
        model.addAttribute("itemId", id);
        model.addAttribute("form", form);
        model.addAttribute("version", version);
        model.addAttribute("maxMegabytes", policies.files().limits().maxMegabytes());
        model.addAttribute("errors", errors);
        return FORM;
    }
}
