package cn.baiyun.hte.platform.audit;

import java.util.List;

import cn.baiyun.hte.platform.events.DomainEvent;
import cn.baiyun.hte.platform.events.DomainEventListener;
import cn.baiyun.hte.platform.events.EventHeader;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Writes every domain event into the audit trail. The entry's id is the event's, so an event delivered a
 * second time (after a crash or a retry) finds its entry there and adds none.
 */
@Component
class AuditTrail implements DomainEventListener {

    private final ReactiveMongoTemplate mongo;

    AuditTrail(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Mono<Void> on(DomainEvent event) {
        EventHeader header = event.header();
        AuditEvent entry = new AuditEvent(header.eventId(), header.occurredAt(), header.actorId(), header.actorName(),
                header.type(), header.subjectType(), header.subjectId(), header.enterpriseId(),
                List.copyOf(event.changes()), event.reason());
        return mongo.insert(entry).then().onErrorResume(DuplicateKeyException.class, recorded -> Mono.empty());
    }
}
