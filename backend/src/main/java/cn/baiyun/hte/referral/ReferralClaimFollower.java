package cn.baiyun.hte.referral;

import cn.baiyun.hte.enterprise.ClaimDecided;
import cn.baiyun.hte.enterprise.Membership;
import cn.baiyun.hte.platform.events.DomainEvent;
import cn.baiyun.hte.platform.events.DomainEventListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Links a firm's referrals to it once the firm is verified: when the bureau approves a claim, the referrals
 * made while the firm was listed unverified (they hold its id since the referral listed it) are marked and
 * their departments told. Other events pass by.
 */
@Component
class ReferralClaimFollower implements DomainEventListener {

    private final ReferralService referrals;

    ReferralClaimFollower(ReferralService referrals) {
        this.referrals = referrals;
    }

    @Override
    public Mono<Void> on(DomainEvent event) {
        if (event instanceof ClaimDecided decided && decided.outcome() == Membership.Status.APPROVED) {
            return referrals.firmVerified(decided.header());
        }
        return Mono.empty();
    }
}
