package cn.baiyun.hte.pool.cycle;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

interface CycleRepository extends ReactiveCrudRepository<Cycle, String> {

    Mono<Cycle> findByYear(int year);

    Flux<Cycle> findAllByOrderByYearDesc();
}
