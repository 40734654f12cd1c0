package cn.baiyun.hte.platform.events;

import java.util.List;

import cn.baiyun.hte.platform.error.LogText;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.BasicUpdate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Hands stored events to every {@link DomainEventListener}, then removes them from where they were
 * stored. A failure is logged and swallowed: the change the caller made is stored and so is its event,
 * which the {@link OutboxSweeper} delivers later, so the caller is told of success, not of a 500.
 */
@Component
class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final ReactiveMongoTemplate mongo;
    private final ObjectProvider<DomainEventListener> listeners;
    private final DeliveredEvents delivered;

    OutboxRelay(ReactiveMongoTemplate mongo, ObjectProvider<DomainEventListener> listeners, DeliveredEvents delivered) {
        this.mongo = mongo;
        this.listeners = listeners;
        this.delivered = delivered;
    }

    /** Delivers events stored in a document and takes them out of it. */
    Mono<Void> deliver(String collection, Object documentId, List<DomainEvent> events) {
        List<String> ids = events.stream().map(event -> event.header().eventId()).toList();
        BasicUpdate delivered = new BasicUpdate(new Document("$pull",
                new Document(Outbox.PENDING_EVENTS, new Document("header.eventId", new Document("$in", ids)))));
        return dispatch(events)
                .then(mongo.updateFirst(Query.query(Criteria.where("_id").is(documentId)), delivered, collection))
                .then()
                .onErrorResume(error -> undelivered(events, error));
    }

    /**
     * As {@link #deliver}, for events handed over alongside an answer: their removal from the document goes in
     * a batch with others of the collection ({@link DeliveredEvents}), completing once the listeners are done.
     */
    Mono<Void> deliverAlongside(String collection, Object documentId, List<DomainEvent> events) {
        return dispatch(events)
                .then(Mono.fromRunnable(() -> delivered.remove(collection, documentId,
                        events.stream().map(event -> event.header().eventId()).toList())))
                .then()
                .onErrorResume(error -> undelivered(events, error));
    }

    /** Delivers the event of a deletion that happened and forgets the intent. */
    Mono<Void> deliverDeletion(PendingDeletion deletion) {
        return dispatch(List.of(deletion.event()))
                .then(mongo.remove(deletion))
                .then()
                .onErrorResume(error -> undelivered(List.of(deletion.event()), error));
    }

    private Mono<Void> dispatch(List<DomainEvent> events) {
        return Flux.fromIterable(events)
                .concatMap(event -> Flux.fromStream(listeners.orderedStream()).concatMap(listener -> listener.on(event)))
                .then();
    }

    private static Mono<Void> undelivered(List<DomainEvent> events, Throwable error) {
        log.warn("Events {} stored but not yet delivered; the outbox sweeper retries them",
                events.stream().map(event -> event.header().type() + " " + event.header().eventId()).toList(),
                LogText.encoded(error));
        return Mono.empty();
    }
}
