package cn.baiyun.hte.filing.portfolio;

import cn.baiyun.hte.platform.security.PortalUser;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The portfolio as other features see it: a firm's IP assets, achievements and R&D projects, read with
 * the caller's rights, and new records added through the same rules as the API and pages.
 */
@Service
public class PortfolioService {

    /** Documents requested at a time from a pass over all firms. */
    static final int READ_AHEAD = 256;

    private final FirmRecords<IpAsset, IpAssetDetails> ipAssets;
    private final FirmRecords<Achievement, AchievementDetails> achievements;
    private final FirmRecords<RdProject, RdProjectDetails> rdProjects;

    PortfolioService(FirmRecords<IpAsset, IpAssetDetails> ipAssets,
                     FirmRecords<Achievement, AchievementDetails> achievements,
                     FirmRecords<RdProject, RdProjectDetails> rdProjects) {
        this.ipAssets = ipAssets;
        this.achievements = achievements;
        this.rdProjects = rdProjects;
    }

    /**
     * Whether {@code ipAssetId} is an IP asset of this firm. Checks no caller: for features that have
     * already checked the caller's access to the firm (e.g. evidence documents linking an IP item).
     */
    public Mono<Boolean> hasIpAsset(String enterpriseId, String ipAssetId) {
        return ipAssets.exists(enterpriseId, ipAssetId);
    }

    public Flux<IpAsset> ipAssets(PortalUser user, String enterpriseId) {
        return ipAssets.all(user, enterpriseId);
    }

    public Flux<Achievement> achievements(PortalUser user, String enterpriseId) {
        return achievements.all(user, enterpriseId);
    }

    public Flux<RdProject> rdProjects(PortalUser user, String enterpriseId) {
        return rdProjects.all(user, enterpriseId);
    }

    /** The counted transformations of the firm's achievements per fiscal year (§3.6(2)). */
    public Mono<TransformationsPerYear> transformationsPerYear(PortalUser user, String enterpriseId) {
        return achievements(user, enterpriseId).map(Achievement::details).collectList()
                .map(TransformationsPerYear::of);
    }

    public Mono<IpAsset> addIpAsset(PortalUser user, String enterpriseId, IpAssetDetails details) {
        return ipAssets.create(user, enterpriseId, details);
    }

    public Mono<Achievement> addAchievement(PortalUser user, String enterpriseId, AchievementDetails details) {
        return achievements.create(user, enterpriseId, details);
    }

    public Mono<RdProject> addRdProject(PortalUser user, String enterpriseId, RdProjectDetails details) {
        return rdProjects.create(user, enterpriseId, details);
    }

    /** The firm's IP rights as the HTE assessment counts them, oldest first. */
    public Flux<IpRight> ipRights(PortalUser user, String enterpriseId) {
        return ipAssets(user, enterpriseId).map(IpRight::of);
    }

    /**
     * Every firm's IP rights in the order of the firms' ids, for the bureau's work over all firms (merged
     * with the firms in id order: one sorted pass instead of a query per firm).
     */
    public Flux<IpRight> ipRightsInFirmOrder(PortalUser reviewer) {
        return ipAssets.inFirmOrder(reviewer, "details").map(IpRight::of);
    }

    /**
     * Every firm's counted transformations per year in the order of the firms' ids, as
     * {@link #ipRightsInFirmOrder}; firms without achievements are left out. The achievements are read with
     * their transformations' dates and years only: what {@link TransformationsPerYear} counts.
     */
    public Flux<FirmTransformations> transformationsInFirmOrder(PortalUser reviewer) {
        return achievements.inFirmOrder(reviewer, "details.transformations.date", "details.transformations.year")
                // The grouping asks for one document at a time, and the driver sizes its batches by the
                // demand: without a read-ahead, the cursor would fetch the achievements one by one.
                .limitRate(READ_AHEAD)
                .bufferUntilChanged(Achievement::enterpriseId)
                .map(firm -> new FirmTransformations(firm.get(0).enterpriseId(),
                        TransformationsPerYear.of(firm.stream().map(Achievement::details).toList())));
    }
}
