package cn.baiyun.hte.home;

import java.util.Map;

import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.pool.PoolOverview;
import cn.baiyun.hte.pool.PoolOverview.Standing;
import cn.baiyun.hte.referral.ReferralItem;
import cn.baiyun.hte.referral.ReferralService;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/** A department's latest referrals, each with where the firm stands in the pool. */
@Component
class DepartmentReferrals {

    /** Referrals on the home page; the referrals page lists them all. */
    static final int SHOWN = 20;

    /** @param standing null while the firm has not been in a cycle */
    public record ReferralRow(ReferralItem referral, Standing standing) {
    }

    private final ReferralService referrals;
    private final PoolOverview pool;

    DepartmentReferrals(ReferralService referrals, PoolOverview pool) {
        this.referrals = referrals;
        this.pool = pool;
    }

    Flux<ReferralRow> of(PortalUser officer) {
        return referrals.latest(officer, SHOWN).collectList().flatMapMany(items -> pool
                .standings(officer, items.stream().map(ReferralItem::enterpriseId).toList())
                .collectMap(Standing::enterpriseId)
                .flatMapIterable(standings -> items.stream().map(item -> row(item, standings)).toList()));
    }

    private static ReferralRow row(ReferralItem item, Map<String, Standing> standings) {
        return new ReferralRow(item, standings.get(item.enterpriseId()));
    }
}
