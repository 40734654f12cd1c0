package cn.baiyun.hte.platform.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import cn.baiyun.hte.platform.security.PortalUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Records and reads the audit trail. */
@Service
public class AuditLog {

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param subject    what was changed, e.g. {@code enterprise} / {@code membership}, and its id
     * @param enterprise the firm the change concerns, so that a firm's history can be listed
     */
    public Mono<AuditEvent> record(PortalUser actor, String action, Subject subject, String enterprise,
                                   List<AuditEvent.FieldChange> changes, String reason) {
        return events.save(new AuditEvent(null, Instant.now(clock), actor.id(), actor.displayName(), action,
                subject.type(), subject.id(), enterprise, List.copyOf(changes), reason));
    }

    public Flux<AuditEvent> ofEnterprise(String enterpriseId, int limit) {
        return events.findByEnterpriseIdOrderByOccurredAtDesc(enterpriseId, PageRequest.of(0, limit));
    }

    public record Subject(String type, String id) {
    }
}
