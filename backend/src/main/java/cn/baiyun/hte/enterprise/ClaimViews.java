package cn.baiyun.hte.enterprise;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Joins claims with their firms for display, on the API and on pages. */
@Component
public class ClaimViews {

    private final EnterpriseRepository enterprises;

    ClaimViews(EnterpriseRepository enterprises) {
        this.enterprises = enterprises;
    }

    Mono<ClaimResource> view(Membership claim) {
        return enterprises.findById(claim.enterpriseId()).map(enterprise -> ClaimResource.of(claim, enterprise));
    }

    public Flux<ClaimResource> view(Flux<Membership> claims) {
        return claims.concatMap(this::view);
    }
}
