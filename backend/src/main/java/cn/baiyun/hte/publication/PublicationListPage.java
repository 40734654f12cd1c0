package cn.baiyun.hte.publication;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.error.ProblemFactory;
import cn.baiyun.hte.platform.paging.PageOf;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.web.FormErrors;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * What the two list pages share: the search as typed, whether the reader manages the items (and so may filter
 * them by status), the page found, and a search that could not be read (a title search too long, an unknown
 * category, a foreign cursor) shown inline above an empty list rather than as an error page.
 */
final class PublicationListPage {

    /** Where the search fields' names are in the messages. */
    static final String LABELS = "publication.field.";

    private PublicationListPage() {
    }

    /**
     * @param path        the list's address
     * @param topicParam  the query parameter of the list's topic filter ({@code category} or {@code tag})
     */
    static <T> Mono<String> show(PortalUser user, Mono<PageOf<T>> page, PublicationSearch search, String path,
                                 String topicParam, Model model, ProblemFactory messages, Locale locale, String view) {
        model.addAttribute("search", search);
        model.addAttribute("statuses", PublicationStatus.values());
        model.addAttribute("mayManage", PublicationQuery.mayManage(user));
        UriComponentsBuilder filtered = UriComponentsBuilder.fromPath(path);
        filtered.queryParamIfPresent("q", Optional.ofNullable(PublicationRules.strip(search.q())));
        filtered.queryParamIfPresent(topicParam, Optional.ofNullable(PublicationRules.strip(search.topic())));
        filtered.queryParamIfPresent("status", Optional.ofNullable(search.status()));
        model.addAttribute("firstUrl", search.cursor() == null ? null : filtered.cloneBuilder().toUriString());
        return page.map(found -> {
                    model.addAttribute("items", found.items());
                    model.addAttribute("nextUrl", found.next() == null ? null
                            : filtered.cloneBuilder().queryParam("cursor", found.next()).toUriString());
                    model.addAttribute("errors", FormErrors.none());
                    return view;
                })
                .onErrorResume(FormErrors::shownOnForm, error -> {
                    model.addAttribute("items", List.of());
                    model.addAttribute("nextUrl", null);
                    model.addAttribute("errors", FormErrors.of((PortalException) error, messages, locale, LABELS));
                    return Mono.just(view);
                });
    }
}
