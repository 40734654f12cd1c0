package cn.baiyun.hte.integration.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.PortalException;

/**
 * What a subscription must satisfy, every problem at once against the request's field names. The endpoint is
 * HTTPS, since the payload and its signature must not travel in the clear; plain HTTP is allowed to this machine
 * only (the tests' and the demo's local receivers). No user name or password in the address (it would be stored
 * and shown), no fragment. The event types are known ones the subscriber may receive.
 */
final class WebhookRules {

    static final int MAX_URL = 2000;
    static final int MAX_DESCRIPTION = 200;
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

    private WebhookRules() {
    }

    /** A valid request's parts, normalized: the types in their fixed order, each once. */
    record Checked(String url, String description, List<WebhookEventType> eventTypes) {
    }

    static Checked check(WebhookRequest request, Subscriber subscriber) {
        List<FieldProblem> problems = new ArrayList<>();
        String url = strip(request.url());
        if (url == null) {
            problems.add(new FieldProblem("url", "NotBlank"));
        } else {
            urlProblem(url).ifPresent(problems::add);
        }
        String description = strip(request.description());
        if (description != null && description.length() > MAX_DESCRIPTION) {
            problems.add(new FieldProblem("description", "webhook.text.too-long", MAX_DESCRIPTION));
        }
        Set<WebhookEventType> types = EnumSet.noneOf(WebhookEventType.class);
        List<String> asked = request.eventTypes() == null ? List.of() : request.eventTypes();
        for (String code : asked) {
            String name = strip(code);
            if (name == null) {
                continue;
            }
            WebhookEventType type = WebhookEventType.ofCode(name).orElse(null);
            if (type == null) {
                problems.add(new FieldProblem("eventTypes", "webhook.event-type.unknown", name));
            } else if (!subscriber.mayChoose(type)) {
                problems.add(new FieldProblem("eventTypes", "webhook.event-type.not-entitled", name, type.scope()));
            } else {
                types.add(type);
            }
        }
        if (types.isEmpty() && problems.stream().noneMatch(p -> p.field().equals("eventTypes"))) {
            problems.add(new FieldProblem("eventTypes", "webhook.event-type.none"));
        }
        if (!problems.isEmpty()) {
            throw PortalException.invalid(problems);
        }
        return new Checked(url, description, List.copyOf(types));
    }

    private static Optional<FieldProblem> urlProblem(String url) {
        if (url.length() > MAX_URL) {
            return Optional.of(new FieldProblem("url", "webhook.text.too-long", MAX_URL));
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of(new FieldProblem("url", "webhook.url.invalid"));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null
                || !(scheme.equals("https") || scheme.equals("http"))) {
            return Optional.of(new FieldProblem("url", "webhook.url.invalid"));
        }
        if (scheme.equals("http") && !LOOPBACK.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
            return Optional.of(new FieldProblem("url", "webhook.url.https-required"));
        }
        return Optional.empty();
    }

    /** The text without surrounding blanks, or {@code null} when nothing is left. */
    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
