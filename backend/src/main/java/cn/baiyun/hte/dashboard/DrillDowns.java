package cn.baiyun.hte.dashboard;

import java.time.LocalDate;
import java.util.Comparator;

import cn.baiyun.hte.enterprise.Enterprise;
import cn.baiyun.hte.enterprise.EnterpriseService;
import cn.baiyun.hte.enterprise.FirmFigures;
import cn.baiyun.hte.platform.error.PortalException;
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
 * referred firms are few, so they come in one page; a chain's or cluster's are those the breakdown counted.
 */
@Service
class DrillDowns {

    static final PageSize PAGE_SIZE = new PageSize(50, 200);

    private final FirmFigures figures;
    private final TierFigures tiers;
    private final ReferralService referrals;
    private final EnterpriseService enterprises;
    private final ChainDrillDowns chains;

    DrillDowns(FirmFigures figures, TierFigures tiers, ReferralService referrals, EnterpriseService enterprises,
               ChainDrillDowns chains) {
        this.chains = chains;
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
                case DEPARTMENT -> referrals.enterpriseIdsReferredBy(drill.department().strip()).collectList()
                        .flatMapMany(ids -> enterprises.findAll(user, ids))
                        .map(firm -> row(firm, date))
                        .sort(Comparator.comparing(DrillRow::name))
                        .collectList().map(rows -> new DrillPage(rows, null));
                case CHAIN, CLUSTER -> chains.firms(user, drill, page, date)
                        .map(found -> new DrillPage(found.items().stream().map(firm -> row(firm, date)).toList(),
                                found.next()));
                default -> figures.firms(user, drill.selection(date), page)
                        .map(found -> new DrillPage(found.items().stream().map(firm -> row(firm, date)).toList(),
                                found.next()));
            });
        }));
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
