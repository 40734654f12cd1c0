package cn.baiyun.hte.platform.audit;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;

/**
 * Reads the audit trail. Nothing writes it but {@link AuditTrail}, from the domain events features store
 * with their changes.
 */
@Service
public class AuditLog {

    private final AuditEventRepository events;

    AuditLog(AuditEventRepository events) {
        this.events = events;
    }

    /** The latest entries of the whole portal, newest first, for the platform's operator. */
    public Flux<AuditEvent> latest(int limit) {
        return events.findAllByOrderByOccurredAtDesc(PageRequest.of(0, limit));
    }

    public Flux<AuditEvent> ofEnterprise(String enterpriseId, int limit) {
        return events.findByEnterpriseIdOrderByOccurredAtDesc(enterpriseId, PageRequest.of(0, limit));
    }
}
