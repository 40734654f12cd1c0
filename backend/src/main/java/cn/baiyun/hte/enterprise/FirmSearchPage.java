package cn.baiyun.hte.enterprise;

import java.util.Locale;

import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.error.ProblemFactory;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.web.FormErrors;
import cn.baiyun.hte.platform.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import reactor.core.publisher.Mono;

/** Reviewers find firms by name prefix, code, field, stage and verification. */
@PageController
class FirmSearchPage {

    private final EnterpriseService enterprises;
    private final TechnicalFieldCatalogue catalogue;
    private final ProblemFactory messages;

    FirmSearchPage(EnterpriseService enterprises, TechnicalFieldCatalogue catalogue, ProblemFactory messages) {
        this.enterprises = enterprises;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    @GetMapping("/reviewer/firms")
    Mono<String> search(PortalUser user, @ModelAttribute("search") EnterpriseSearch search, Model model,
                        Locale locale) {
        model.addAttribute("fields", catalogue.firstLevel());
        model.addAttribute("stages", LifecycleStage.values());
        return enterprises.search(user, search)
                .doOnNext(page -> {
                    model.addAttribute("page", page);
                    model.addAttribute("errors", FormErrors.none());
                })
                .thenReturn("enterprise/firm-search")
                .onErrorResume(FormErrors::shownOnForm, error -> {
                    model.addAttribute("errors", FormErrors.of((PortalException) error, messages, locale));
                    return Mono.just("enterprise/firm-search");
                });
    }
}
