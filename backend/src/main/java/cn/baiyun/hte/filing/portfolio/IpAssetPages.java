package cn.baiyun.hte.filing.portfolio;

import java.util.List;

import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import reactor.core.publisher.Mono;

/** A firm's IP portfolio: each right with its class, and how many count for the HTE conditions. */
@PageController
@RequestMapping("/firms/{enterpriseId}/ip")
class IpAssetPages extends RecordPages<IpAsset, IpAssetDetails> {

    IpAssetPages(FirmRecords<IpAsset, IpAssetDetails> assets, PageSupport pages) {
        super(assets, pages, "ip", "ip-form", IpAssetDetails.class,
                new IpAssetDetails(null, null, null, null, null, null, null, null, null, null, null),
                FormRows.none(), "portfolio.ip.field.");
    }

    @Override
    String label(IpAsset asset) {
        return asset.details().number() + " " + asset.details().title();
    }

    @Override
    Mono<Void> addListDetails(PortalUser user, String enterpriseId, List<IpAsset> all, Model model) {
        model.addAttribute("counts", IpClassCounts.of(all));
        return Mono.empty();
    }

    @Override
    Mono<Void> addFormChoices(PortalUser user, String enterpriseId, Model model) {
        model.addAttribute("types", IpType.values());
        model.addAttribute("statuses", IpStatus.values());
        model.addAttribute("acquisitions", Acquisition.values());
        return Mono.empty();
    }
}
