package cn.baiyun.hte.filing;

import cn.baiyun.hte.enterprise.EnterpriseService;
import cn.baiyun.hte.platform.security.PortalUser;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import reactor.core.publisher.Mono;

/**
 * What every page about one filing shows: the firm, the filing with its progress and derived figures,
 * and the figure format. Reading both checks the caller's access, so the pages need no check of their own.
 */
@Component
class FilingPageModel {

    private final FilingService filings;
    private final EnterpriseService enterprises;

    FilingPageModel(FilingService filings, EnterpriseService enterprises) {
        this.filings = filings;
        this.enterprises = enterprises;
    }

    /** A form that only says which version of the filing it acts on. */
    record VersionForm(String version) {
    }

    /** Adds {@code firm}, {@code view} and {@code fmt} to the model and answers the view. */
    Mono<FilingView> load(PortalUser user, String enterpriseId, int fiscalYear, Model model) {
        return Mono.zip(enterprises.find(user, enterpriseId), filings.find(user, enterpriseId, fiscalYear))
                .map(found -> {
                    FilingView view = filings.view(found.getT2());
                    model.addAttribute("firm", found.getT1());
                    model.addAttribute("view", view);
                    model.addAttribute("fmt", FigureFormat.INSTANCE);
                    return view;
                });
    }
}
