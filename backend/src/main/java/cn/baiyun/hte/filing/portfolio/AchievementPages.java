package cn.baiyun.hte.filing.portfolio;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import reactor.core.publisher.Mono;

/**
 * A firm's technology achievements with their transformations, and the transformations counted per
 * year as the rules count them: once per achievement and year.
 */
@PageController
@RequestMapping("/firms/{enterpriseId}/achievements")
class AchievementPages extends RecordPages<Achievement, AchievementDetails> {

    /** The transformations, a row each; a row is blank with nothing typed in it. */
    private static final FormRows<AchievementDetails, Transformation> TRANSFORMATION_ROWS = FormRows.of(
            "transformations", AchievementDetails::transformations,
            (d, rows) -> new AchievementDetails(d.title(), d.ipAssetIds(), d.description(), rows),
            new Transformation(null, null, null, null),
            row -> row.date() == null && row.year() == null && row.form() == null
                    && (row.appliedTo() == null || row.appliedTo().isBlank()));

    private final FirmRecords<IpAsset, IpAssetDetails> ipAssets;

    AchievementPages(FirmRecords<Achievement, AchievementDetails> achievements,
                     FirmRecords<IpAsset, IpAssetDetails> ipAssets, PageSupport pages) {
        super(achievements, pages, "achievements", "achievement-form", AchievementDetails.class,
                new AchievementDetails(null, List.of(), null, List.of()), TRANSFORMATION_ROWS,
                "portfolio.achievement.field.");
        this.ipAssets = ipAssets;
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
