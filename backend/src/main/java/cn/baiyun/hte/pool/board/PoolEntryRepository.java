package cn.baiyun.hte.pool.board;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public interface PoolEntryRepository extends ReactiveCrudRepository<PoolEntry, String> {

    Mono<PoolEntry> findByCycleYearAndEnterpriseId(int cycleYear, String enterpriseId);

    /** A firm's published cycles, newest first (index {@code by_firm_history}). */
    Flux<PoolEntry> findByEnterpriseIdAndPublicationIsNotNullOrderByCycleYearDesc(String enterpriseId);
}
