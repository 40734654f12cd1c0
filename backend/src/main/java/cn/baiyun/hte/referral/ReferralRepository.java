package cn.baiyun.hte.referral;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import reactor.core.publisher.Flux;

interface ReferralRepository extends ReactiveCrudRepository<Referral, String> {

    Flux<Referral> findByDepartment(String department);
}
