package cn.baiyun.hte.filing;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Filings are always looked up within one firm. */
interface FilingRepository extends ReactiveCrudRepository<Filing, String> {

    Mono<Filing> findByEnterpriseIdAndFiscalYear(String enterpriseId, int fiscalYear);

    Flux<Filing> findByEnterpriseIdOrderByFiscalYearDesc(String enterpriseId);
}
