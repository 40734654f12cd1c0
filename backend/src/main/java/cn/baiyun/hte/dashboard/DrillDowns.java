package cn.baiyun.hte.dashboard;

import java.time.LocalDate;

import cn.baiyun.hte.enterprise.Enterprise;
import cn.baiyun.hte.enterprise.EnterpriseService;
import cn.baiyun.hte.enterprise.FirmFigures;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.paging.PageOf;
import cn.baiyun.hte.platform.paging.PageRequest;
import cn.baiyun.hte.platform.paging.PageSize;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.pool.TierFigures;
import cn.baiyun.hte.referral.ReferralService;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The firms behind the dashboard's numbers, a page at a time, for reviewers only: department officers and
 * clients read the numbers, never the firms (403). The counting features list their own firms; a department's
 * and a chain's or cluster's are the very ids their count counted; the expiring certificates come in the order
 * they end ({@link ExpiringDrillDowns}).
 */
@Service
class DrillDowns {

    static final PageSize PAGE_SIZE = new PageSize(50, 200);

    private final FirmFigures figures;
    private final TierFigures tiers;
    private final ReferralService referrals;
    private final EnterpriseService enterprises;
    private final ChainDrillDowns chains;
    private final ExpiringDrillDowns expiring;

    DrillDowns(FirmFigures figures, TierFigures tiers, ReferralService referrals, EnterpriseService enterprises,
               ChainDrillDowns chains, ExpiringDrillDowns expiring) {
        this.chains = chains;
        this.expiring = expiring;
        this.figures = figures;
        this.tiers = tiers;
        this.referrals = referrals;
        this.enterprises = enterprises;
    }

    Mono<DrillPage> page(PortalUser user, Drill drill, Integer limit, LocalDate date) {
        return DashboardService.requireReviewer(user).then(Mono.defer(() -> {
            var problems = drill.problems();
            if (!problems.isEmpty()) {
                return Mono.error(PortalException.invalid(problems));
            }
            return PageRequest.checked(limit, drill.cursor(), PAGE_SIZE).flatMap(page -> switch (drill.parsedMetric()) {
                case TIER -> tiers.firms(user, drill.year(), drill.parsedTier(), drill.field(), page)
                        .map(found -> new DrillPage(found.items().stream().map(line -> new DrillRow(line.enterpriseId(),
                                line.firmName(), null, line.technicalField(), null, null, null, line.tier())).toList(),
                                found.next()));
                case DEPARTMENT -> referrals.enterpriseIdsCounted(user, drill.department().strip(),
                                drill.parsedDepartmentColumn().figure()).collectList()
                        .flatMap(ids -> DrillIds.page(enterprises, user, ids, page))
                        .map(found -> rows(found, date));
                case EXPIRING -> expiring.firms(drill.year(), page).map(found -> rows(found, date));
                case CHAIN, CLUSTER -> chains.firms(user, drill, page, date).map(found -> rows(found, date));
                default -> figures.firms(user, drill.selection(date), page).map(found -> rows(found, date));
            });
        }));
    }

    private static DrillPage rows(PageOf<Enterprise> found, LocalDate date) {
        return new DrillPage(found.items().stream().map(firm -> row(firm, date)).toList(), found.next());
    }

    private static DrillRow row(Enterprise firm, LocalDate date) {
        var profile = firm.profile();
        var specialised = profile.specialized();
        return new DrillRow(firm.id(), firm.name(), firm.uscc(), profile.technicalField(),
                profile.hteCertificate() == null ? null : profile.hteCertificate().validUntil(),
                profile.aboveDesignatedSize(),
                specialised != null && specialised.validFrom() != null && specialised.validTo() != null
                        && !date.isBefore(specialised.validFrom()) && !date.isAfter(specialised.validTo()),
                null);
    }

}
