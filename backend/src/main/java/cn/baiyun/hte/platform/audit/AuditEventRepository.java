package cn.baiyun.hte.platform.audit;

import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import reactor.core.publisher.Flux;

interface AuditEventRepository extends ReactiveCrudRepository<AuditEvent, String> {

    Flux<AuditEvent> findByEnterpriseIdOrderByOccurredAtDesc(String enterpriseId, Pageable page);

    Flux<AuditEvent> findAllByOrderByOccurredAtDesc(Pageable page);
}
