package cn.baiyun.hte.publication;

import java.util.Locale;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The announcements: the public list and each announcement (no session is needed, none is made), and for
 * reviewers, under {@code /reviewer/announcements}, the forms to draft and edit one and the buttons on its page
 * to publish and withdraw it. Reviewers also find drafts and withdrawn ones in the list, marked so.
 */
@PageController
class AnnouncementPages {

    private static final String LIST = "publication/announcements";
    private static final String ONE = "publication/announcement";
    private static final String FORM = "publication/announcement-form";
    private static final String MANAGE = "/reviewer/announcements";

    private final AnnouncementService announcements;
    private final FormBinder binder;
    private final PublicationRules rules;
    private final ProblemFactory messages;

    AnnouncementPages(AnnouncementService announcements, FormBinder binder, PublicationRules rules,
                      ProblemFactory messages) {
        this.announcements = announcements;
        this.binder = binder;
        this.rules = rules;
        this.messages = messages;
    }

    @GetMapping("/announcements")
    Mono<String> list(PortalUser user, @RequestParam(required = false) String q,
                      @RequestParam(required = false) String category,
                      @RequestParam(required = false) PublicationStatus status,
                      @RequestParam(required = false) String cursor, Model model, Locale locale) {
        PublicationSearch search = new PublicationSearch(q, category, status, null, cursor);
        model.addAttribute("categories", AnnouncementCategory.values());
        return PublicationListPage.show(user, announcements.list(user, search), search, "/announcements", "category", model, messages, locale,
                LIST);
    }

    @GetMapping("/announcements/{id}")
    Mono<String> show(PortalUser user, @PathVariable String id, Model model) {
        return announcements.find(user, id)
                .map(found -> PublicationItemPage.show(user, found, model, FormErrors.none(), ONE));
    }

    @GetMapping(MANAGE + "/new")
    Mono<String> add(PortalUser user, Model model) {
        return PublicationLifecycle.requireManager(user).then(Mono.fromSupplier(() -> form(model, null,
                new AnnouncementDetails(null, null, null, null, null), null, FormErrors.none())));
    }

    @PostMapping(MANAGE + "/new")
    Mono<String> create(PortalUser user, ServerWebExchange exchange, Model model, Locale locale) {
        return PublicationLifecycle.requireManager(user).then(binder.bind(exchange, AnnouncementDetails.class))
                .flatMap(posted -> save(posted, model, locale, null, null,
                        announcements.create(user, posted.value())));
    }

    @GetMapping(MANAGE + "/{id}/edit")
    Mono<String> edit(PortalUser user, @PathVariable String id, Model model) {
        return PublicationLifecycle.requireManager(user).then(announcements.find(user, id))
                .map(found -> form(model, id, found.details(), String.valueOf(found.version()), FormErrors.none()));
    }

    @PostMapping(MANAGE + "/{id}/edit")
    Mono<String> update(PortalUser user, @PathVariable String id, ServerWebExchange exchange, Model model,
                        Locale locale) {
        return PublicationLifecycle.requireManager(user).then(exchange.getFormData()).flatMap(data -> {
            BoundForm<AnnouncementDetails> posted = binder.bind(data, AnnouncementDetails.class);
            String version = data.getFirst("version");
            return save(posted, model, locale, id, version,
                    announcements.update(user, id, posted.value(), IfMatch.of(version)));
        });
    }

    @PostMapping(MANAGE + "/{id}/publication")
    Mono<String> publish(PortalUser user, @PathVariable String id, Model model, Locale locale) {
        return changed(user, id, announcements.publish(user, id), "published", model, locale);
    }

    @PostMapping(MANAGE + "/{id}/withdrawal")
    Mono<String> withdraw(PortalUser user, @PathVariable String id, Model model, Locale locale) {
        return changed(user, id, announcements.withdraw(user, id), "withdrawn", model, locale);
    }

    private Mono<String> changed(PortalUser user, String id, Mono<Announcement> change, String flag, Model model,
                                 Locale locale) {
        return PublicationItemPage.changed(user, change, "/announcements/" + id, flag,
                announcements.find(user, id), model, messages, locale, ONE);
    }

    /**
     * Saves and goes to the announcement's page, or shows the form again with every problem: values that could
     * not be read (nothing is written then, the rules' problems with the rest shown alongside), broken rules, or
     * someone else's newer save.
     */
    private Mono<String> save(BoundForm<AnnouncementDetails> posted, Model model, Locale locale, String id,
                              String version, Mono<Announcement> write) {
        if (posted.hasErrors()) {
            return Mono.just(form(model, id, posted.value(), version, FormErrors.of(posted.binding(),
                    rules.problems(rules.normalized(posted.value())), messages, locale, PublicationListPage.LABELS)));
        }
        return write.map(saved -> "redirect:/announcements/" + saved.id() + "?saved")
                .onErrorResume(FormErrors::shownOnForm, error -> Mono.just(form(model, id, posted.value(), version,
                        FormErrors.of((PortalException) error, messages, locale, PublicationListPage.LABELS))));
    }

    private String form(Model model, String id, AnnouncementDetails form, String version, FormErrors errors) {
        model.addAttribute("itemId", id);
        model.addAttribute("form", form);
        model.addAttribute("version", version);
        model.addAttribute("categories", AnnouncementCategory.values());
        model.addAttribute("errors", errors);
        return FORM;
    }
}
