package cn.baiyun.hte.enterprise;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import reactor.core.publisher.Mono;

interface EnterpriseRepository extends ReactiveCrudRepository<Enterprise, String> {

    Mono<Enterprise> findByUscc(String uscc);
}
