package cn.baiyun.hte.pool;

import cn.baiyun.hte.assessment.TierResult;
import cn.baiyun.hte.platform.events.DomainEvent;
import cn.baiyun.hte.platform.events.DomainEventListener;
import cn.baiyun.hte.referral.ReferralService;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Tells the referrals when a tier is published to a firm, so that the departments that referred it see it in
 * the pool with that tier (or no longer in it). It lives here because the pool already reads referrals (the
 * board's department filter): the referral feature knowing the pool's events would make the two depend on
 * each other.
 */
@Component
class ReferralsFollowPublication implements DomainEventListener {

    private final ReferralService referrals;

    ReferralsFollowPublication(ReferralService referrals) {
        this.referrals = referrals;
    }

    @Override
    public Mono<Void> on(DomainEvent event) {
        if (event instanceof TierPublished published) {
            return referrals.tierPublished(published.header(), tierNumber(published.tier()));
        }
        return Mono.empty();
    }

    /** 1 to 3 for a tier of the pool, null when the firm was published out of it or could not be assessed. */
    static Integer tierNumber(TierResult tier) {
        return tier == null ? null : switch (tier) {
            case TIER_1 -> 1;
            case TIER_2 -> 2;
            case TIER_3 -> 3;
            case NOT_IN_POOL -> null;
        };
    }
}
