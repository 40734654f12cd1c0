package cn.baiyun.hte.publication;

import java.util.Locale;

import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.error.ProblemFactory;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.web.FormErrors;
import org.springframework.ui.Model;
import reactor.core.publisher.Mono;

/**
 * What the two item pages share: the item with whether the reader manages it, and what a reviewer's publish or
 * withdraw answers: back to the item's page with its notice, or, when the change is refused (published already,
 * or changed by someone else meanwhile), the page again with the problem shown inline rather than an error page.
 */
final class PublicationItemPage {

    private PublicationItemPage() {
    }

    static String show(PortalUser user, Listed item, Model model, FormErrors errors, String view) {
        model.addAttribute("item", item);
        model.addAttribute("mayManage", PublicationQuery.mayManage(user));
        model.addAttribute("errors", errors);
        return view;
    }

    /**
     * @param path  the item's page, where a change leads with {@code ?flag}
     * @param found the item as it is now, read only when the change is refused
     */
    static Mono<String> changed(PortalUser user, Mono<? extends Listed> change, String path, String flag,
                                Mono<? extends Listed> found, Model model, ProblemFactory messages, Locale locale,
                                String view) {
        return change.map(saved -> "redirect:" + path + "?" + flag)
                .onErrorResume(FormErrors::shownOnForm, error -> found.map(item ->
                        show(user, item, model, FormErrors.of((PortalException) error, messages, locale), view)));
    }
}
