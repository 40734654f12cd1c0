package cn.baiyun.hte.enterprise;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Joins claims with their firms for display, on the API and on pages: as their claimants see them
 * (nothing of the firm's record before approval), and as reviewers see them, with the
 * {@link ClaimChecks} that only reviewers may read.
 */
@Component
public class ClaimViews {

    private final EnterpriseRepository enterprises;
    private final MembershipRepository memberships;

    ClaimViews(EnterpriseRepository enterprises, MembershipRepository memberships) {
        this.enterprises = enterprises;
        this.memberships = memberships;
    }

    Mono<ClaimResource> view(Membership claim) {
        return enterprises.findById(claim.enterpriseId()).map(enterprise -> ClaimResource.claimants(claim, enterprise));
    }

    public Flux<ClaimResource> view(Flux<Membership> claims) {
        return claims.concatMap(this::view);
    }

    Mono<ClaimResource> reviewed(Membership claim) {
        return enterprises.findById(claim.enterpriseId())
                .zipWith(memberships.countByEnterpriseIdAndStatus(claim.enterpriseId(), Membership.Status.APPROVED),
                        (enterprise, members) -> ClaimResource.reviewed(claim, enterprise,
                                ClaimChecks.of(members, claim.claimedName(), enterprise.name())));
    }

    Flux<ClaimResource> reviewed(Flux<Membership> claims) {
        return claims.concatMap(this::reviewed);
    }
}
