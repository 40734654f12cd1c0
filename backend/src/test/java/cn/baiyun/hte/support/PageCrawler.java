package cn.baiyun.hte.support;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Walks the portal's pages as one signed-in person would: from the start pages it follows every same-site
 * link and redirect, with GET only, each address once, up to a bound. Each page is also read in English.
 * Logging out, signing in, downloads and the machine-facing addresses (API, API documentation, actuator,
 * static files) are not followed. What a person reads on each page (its text and the values shown in
 * fields) is kept, so tests can look for codes no person should see.
 */
public final class PageCrawler {

    /** A constant's name ({@code C7_INNOVATION_CAPABILITY}, {@code INSUFFICIENT_DATA}) shown as it is. */
    public static final Pattern RAW_CODE = Pattern.compile("\\b[A-Z0-9]+_[A-Z0-9_]+\\b");
    /** A MongoDB ObjectId shown as it is. */
    public static final Pattern RAW_ID = Pattern.compile("\\b[0-9a-f]{24}\\b");
    /** A record's {@code toString()} ({@code Contact[name=…, …]}) shown as it is. */
    public static final Pattern RECORD_TEXT = Pattern.compile("\\b[A-Z][A-Za-z0-9]*\\[[a-z][A-Za-z0-9]*=");
    /**
     * A word as a person reads it: letters, digits and underscores, with the hyphens that join a reference
     * number ({@code HTE-2025-000001}) kept inside it, so its parts are not taken for words of their own.
     */
    static final Pattern WORD = Pattern.compile("[A-Za-z0-9_]+(?:-[A-Za-z0-9_]+)*");

    /** One page as it was answered. {@code text} is empty for what is not HTML. */
    public record Page(String url, int status, String text) {

        /**
         * The raw codes, record texts and ids in the page's visible text, and the words that are the name of
         * one of the portal's constants ({@link PortalConstants}), each with a little of what surrounds it.
         */
        public List<String> rawCodes() {
            List<String> found = new ArrayList<>();
            for (Pattern pattern : List.of(RAW_CODE, RAW_ID, RECORD_TEXT)) {
                Matcher matcher = pattern.matcher(text);
                while (matcher.find()) {
                    found.add(shown(matcher));
                }
            }
            Matcher word = WORD.matcher(text);
            while (word.find()) {
                if (PortalConstants.isShownName(word.group()) && !RAW_CODE.matcher(word.group()).find()) {
                    found.add(shown(word));
                }
            }
            return found;
        }

        private String shown(Matcher matcher) {
            int from = Math.max(0, matcher.start() - 20);
            int to = Math.min(text.length(), matcher.end() + 20);
            return matcher.group() + " in «" + text.substring(from, to) + "»";
        }
    }

    private static final List<String> NOT_FOLLOWED = List.of("/logout", "/login", "/oauth2/", "/api/", "/v3/",
            "/swagger-ui", "/actuator", "/webjars/", "/css/", "/js/", "/images/", "/favicon.ico");
    private static final List<String> DOWNLOADS = List.of("/content", ".xlsx", ".csv", ".pdf", ".zip");

    private final WebTestClient web;
    private final int maxPages;

    public PageCrawler(WebTestClient web, int maxPages) {
        this.web = web;
        this.maxPages = maxPages;
    }

    /** Every page reached from {@code start}, in the order visited; Chinese and English for each address. */
    public List<Page> crawl(Principals who, String... start) {
        WebTestClient client = web.mutateWith(who.session());
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        Set<String> seen = new LinkedHashSet<>(List.of(start));
        List<Page> pages = new ArrayList<>();
        while (!queue.isEmpty() && pages.size() < maxPages) {
            String url = queue.removeFirst();
            Fetched zh = fetch(client, url);
            pages.add(zh.page());
            pages.add(fetch(client, withEnglish(url)).page());
            for (String link : zh.links()) {
                if (seen.add(link)) {
                    queue.addLast(link);
                }
            }
        }
        return pages;
    }

    private record Fetched(Page page, List<String> links) {
    }

    private static Fetched fetch(WebTestClient client, String url) {
        EntityExchangeResult<String> result = client.get().uri(URI.create(url)).accept(MediaType.TEXT_HTML)
                .exchange().expectBody(String.class).returnResult();
        int status = result.getStatus().value();
        HttpHeaders headers = result.getResponseHeaders();
        if (status >= 300 && status < 400) {
            String location = headers.getFirst(HttpHeaders.LOCATION);
            List<String> next = location == null ? List.of() : followable(url, location).stream().toList();
            return new Fetched(new Page(url, status, ""), next);
        }
        MediaType type = headers.getContentType();
        String body = result.getResponseBody();
        if (body == null || type == null || !type.isCompatibleWith(MediaType.TEXT_HTML)) {
            return new Fetched(new Page(url, status, ""), List.of());
        }
        Document document = Jsoup.parse(body);
        List<String> links = new ArrayList<>();
        for (Element anchor : document.select("a[href]")) {
            if (!anchor.hasAttr("download")) {
                followable(url, anchor.attr("href")).ifPresent(links::add);
            }
        }
        return new Fetched(new Page(url, status, visibleText(document)), links);
    }

    /**
     * What a person reads: the text of the page (title included, scripts and styles not) and the values
     * and hints shown in fields and on images.
     */
    static String visibleText(Document document) {
        document.select("script, style, template").remove();
        List<String> parts = new ArrayList<>();
        parts.add(document.title());
        parts.add(document.body() == null ? "" : document.body().text());
        document.select("input:not([type=hidden]):not([type=checkbox]):not([type=radio])[value]").forEach(input -> parts.add(input.attr("value")));
        document.select("[placeholder]").forEach(element -> parts.add(element.attr("placeholder")));
        document.select("[title]").forEach(element -> parts.add(element.attr("title")));
        document.select("img[alt]").forEach(image -> parts.add(image.attr("alt")));
        document.select("[aria-label]").forEach(element -> parts.add(element.attr("aria-label")));
        return parts.stream().filter(part -> !part.isBlank()).collect(Collectors.joining("\n"));
    }

    /** The address a link leads to, when it is one of the portal's pages to read; without its fragment. */
    static Optional<String> followable(String from, String href) {
        if (href.isBlank() || href.startsWith("#") || href.startsWith("mailto:") || href.startsWith("tel:")
                || href.startsWith("javascript:")) {
            return Optional.empty();
        }
        URI target;
        try {
            target = URI.create("http://localhost" + from).resolve(href.strip());
        } catch (IllegalArgumentException notAnAddress) {
            return Optional.empty();
        }
        if (!"localhost".equals(target.getHost()) || target.getPort() != -1) {
            return Optional.empty();
        }
        String path = target.getRawPath();
        if (NOT_FOLLOWED.stream().anyMatch(path::startsWith) || DOWNLOADS.stream().anyMatch(path::endsWith)) {
            return Optional.empty();
        }
        // The language is chosen by the crawl itself: each address is read in both.
        String withoutLanguage = UriComponentsBuilder.fromUri(target).replaceQueryParam("lang").fragment(null)
                .build(true).toUri().getRawPath();
        String query = UriComponentsBuilder.fromUri(target).replaceQueryParam("lang").build(true).getQuery();
        return Optional.of(query == null || query.isEmpty() ? withoutLanguage : withoutLanguage + "?" + query);
    }

    private static String withEnglish(String url) {
        return url + (url.contains("?") ? "&" : "?") + "lang=en";
    }
}
