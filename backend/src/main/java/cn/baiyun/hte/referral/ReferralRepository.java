package cn.baiyun.hte.referral;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import reactor.core.publisher.Flux;

interface ReferralRepository extends ReactiveCrudRepository<Referral, String> {

    Flux<Referral> findByDepartment(String department);

    /** Served by the index by_firm. */
    Flux<Referral> findByEnterpriseId(String enterpriseId);
}
