package cn.baiyun.hte.filing.portfolio;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.baiyun.hte.platform.security.PortalUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import reactor.core.publisher.Mono;

/**
 * A firm's technology achievements with their transformations, and the transformations counted per
 * year as the rules count them: once per achievement and year.
 */
@Controller
@RequestMapping("/firms/{enterpriseId}/achievements")
class AchievementPages extends RecordPages<Achievement, AchievementDetails, AchievementForm> {

    private final FirmRecords<IpAsset, IpAssetDetails> ipAssets;

    AchievementPages(FirmRecords<Achievement, AchievementDetails> achievements,
                     FirmRecords<IpAsset, IpAssetDetails> ipAssets, PageSupport pages) {
        super(achievements, pages, "achievements", "achievement-form", "portfolio.achievement.field.");
        this.ipAssets = ipAssets;
    }

    @Override
    AchievementForm newForm() {
        return new AchievementForm().withSpareRows();
    }

    @Override
    AchievementForm formOf(Achievement achievement) {
        return AchievementForm.of(achievement);
    }

    @Override
    AchievementForm again(AchievementForm form) {
        return form.withSpareRows();
    }

    @Override
    String label(Achievement achievement) {
        return achievement.details().title();
    }

    @Override
    Mono<Void> addListDetails(PortalUser user, String enterpriseId, List<Achievement> all, Model model) {
        model.addAttribute("perYear", TransformationsPerYear.of(all.stream().map(Achievement::details).toList()));
        return ipAssetsById(user, enterpriseId).doOnNext(assets -> model.addAttribute("assets", assets)).then();
    }

    @Override
    Mono<Void> addFormChoices(PortalUser user, String enterpriseId, Model model) {
        model.addAttribute("forms", TransformationForm.values());
        return ipAssets.all(user, enterpriseId).collectList().doOnNext(assets -> model.addAttribute("assets", assets))
                .then();
    }

    private Mono<Map<String, IpAsset>> ipAssetsById(PortalUser user, String enterpriseId) {
        return ipAssets.all(user, enterpriseId).collectList()
                .map(assets -> assets.stream().collect(Collectors.toMap(IpAsset::id, Function.identity())));
    }
}
