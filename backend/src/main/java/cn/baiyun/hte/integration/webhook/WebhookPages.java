package cn.baiyun.hte.integration.webhook;

import java.util.List;
import java.util.Locale;

import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.error.ProblemFactory;
import cn.baiyun.hte.platform.error.ProblemType;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.web.FormErrors;
import cn.baiyun.hte.platform.web.PageController;
import org.springframework.http.CacheControl;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import reactor.core.publisher.Mono;

/**
 * The admins' webhook pages: every subscription, registering one (its secret shown on the answer page, once),
 * one subscription with its delivery log, where a delivered or failed message is sent again, changing where and
 * what it receives, and turning a subscription off, on or away. Admins only (403 for everyone else, from {@link WebhookService}).
 */
@PageController
@RequestMapping(WebhookPages.BASE)
class WebhookPages {

    static final String BASE = "/admin/webhooks";
    /** Where the form's field names are in the messages. */
    private static final String LABELS = "webhook.field.";

    private final WebhookService webhooks;
    private final ProblemFactory messages;

    WebhookPages(WebhookService webhooks, ProblemFactory messages) {
        this.webhooks = webhooks;
        this.messages = messages;
    }

    @GetMapping
    Mono<String> list(PortalUser user, @RequestParam(required = false) String cursor, Model model) {
        return adminOnly(user).then(webhooks.page(user, null, cursor)).map(page -> {
            model.addAttribute("subscriptions", page.items());
            model.addAttribute("next", page.next());
            model.addAttribute("first", cursor == null);
            return "webhook/list";
        });
    }

    @GetMapping("/new")
    Mono<String> registerForm(PortalUser user, Model model) {
        return adminOnly(user).then(Mono.fromSupplier(() -> form(new WebhookRequest("https://", "", List.of(), null),
                null, FormErrors.none(), model)));
    }

    @PostMapping
    Mono<String> register(PortalUser user, @ModelAttribute("form") WebhookRequest form, Model model, Locale locale,
                          ServerHttpResponse response) {
        return adminOnly(user).then(webhooks.create(user, form))
                .map(made -> {
                    // The secret is on this page only: never kept by a browser's or a proxy's cache.
                    response.getHeaders().setCacheControl(CacheControl.noStore());
                    model.addAttribute("subscription", made);
                    return "webhook/created";
                })
                .onErrorResume(FormErrors::shownOnForm, error -> Mono.just(
                        form(form, null, FormErrors.of((PortalException) error, messages, locale, LABELS), model)));
    }

    @GetMapping("/{webhookId}/edit")
    Mono<String> editForm(PortalUser user, @PathVariable String webhookId, Model model) {
        return adminOnly(user).then(webhooks.find(user, webhookId)).map(stored -> form(
                new WebhookRequest(stored.url(), stored.description(),
                        stored.eventTypes().stream().map(WebhookEventType::code).toList(), null),
                webhookId, FormErrors.none(), model));
    }

    /** The form never sends {@code enabled}, so a change leaves the subscription on or off as it was. */
    @PostMapping("/{webhookId}/edit")
    Mono<String> edit(PortalUser user, @PathVariable String webhookId, @ModelAttribute("form") WebhookRequest form,
                      Model model, Locale locale) {
        WebhookRequest change = new WebhookRequest(form.url(), form.description(), form.eventTypes(), null);
        return adminOnly(user).then(webhooks.update(user, webhookId, change))
                .thenReturn(redirect(webhookId, "changed"))
                .onErrorResume(FormErrors::shownOnForm, error -> Mono.just(
                        form(change, webhookId, FormErrors.of((PortalException) error, messages, locale, LABELS), model)));
    }

    @GetMapping("/{webhookId}")
    Mono<String> show(PortalUser user, @PathVariable String webhookId, @RequestParam(required = false) String cursor,
                      Model model) {
        return adminOnly(user).then(webhooks.find(user, webhookId))
                .zipWhen(subscription -> webhooks.deliveries(user, webhookId, null, cursor))
                .map(found -> {
                    model.addAttribute("subscription", found.getT1());
                    model.addAttribute("deliveries", found.getT2().items());
                    model.addAttribute("next", found.getT2().next());
                    model.addAttribute("first", cursor == null);
                    return "webhook/subscription";
                });
    }

    @PostMapping("/{webhookId}/enabled")
    Mono<String> setEnabled(PortalUser user, @PathVariable String webhookId, @RequestParam boolean enabled) {
        return adminOnly(user).then(webhooks.setEnabled(user, webhookId, enabled))
                .thenReturn(redirect(webhookId, enabled ? "enabled" : "disabled"))
                .onErrorResume(FormErrors::shownOnForm, error -> Mono.just(redirect(webhookId, "refused")));
    }

    @PostMapping("/{webhookId}/delete")
    Mono<String> delete(PortalUser user, @PathVariable String webhookId) {
        return adminOnly(user).then(webhooks.delete(user, webhookId))
                .thenReturn("redirect:" + BASE + "?deleted")
                .onErrorResume(FormErrors::shownOnForm, error -> Mono.just(redirect(webhookId, "refused")));
    }

    @PostMapping("/{webhookId}/deliveries/{deliveryId}/replay")
    Mono<String> replay(PortalUser user, @PathVariable String webhookId, @PathVariable String deliveryId) {
        return adminOnly(user).then(webhooks.replay(user, webhookId, deliveryId))
                .thenReturn(redirect(webhookId, "replayed"))
                .onErrorResume(error -> error instanceof PortalException portal
                        && portal.type() == ProblemType.CONFLICT, error -> Mono.just(redirect(webhookId, "replay-refused")));
    }

    /** The register form, or with {@code editing} (a subscription's id) the same fields to change it. */
    private String form(WebhookRequest form, String editing, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("types", List.of(WebhookEventType.values()));
        model.addAttribute("errors", errors);
        return "webhook/register";
    }

    private static String redirect(String webhookId, String flag) {
        return "redirect:" + BASE + "/" + webhookId + "?" + flag;
    }

    /** The pages are the admins'; a client manages its own subscriptions through the API. */
    private static Mono<Void> adminOnly(PortalUser user) {
        return WebhookAccess.admin(user) ? Mono.empty() : Mono.error(PortalException.forbidden());
    }
}
