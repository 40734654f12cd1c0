package cn.baiyun.hte.enterprise;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

interface MembershipRepository extends ReactiveCrudRepository<Membership, String> {

    Flux<Membership> findByUserIdOrderByRequestedAtAsc(String userId);

    Mono<Membership> findByUserIdAndEnterpriseId(String userId, String enterpriseId);

    Flux<Membership> findByStatusOrderByRequestedAtAsc(Membership.Status status);

    Mono<Long> countByEnterpriseIdAndStatus(String enterpriseId, Membership.Status status);
}
