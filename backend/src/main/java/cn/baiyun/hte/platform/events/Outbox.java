package cn.baiyun.hte.platform.events;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.query.BasicQuery;
import org.springframework.data.mongodb.core.query.BasicUpdate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Writes a change together with its event, so that no event (and no audit entry) is ever lost, without
 * multi-document transactions (neither the embedded server nor the portal's design uses them).
 *
 * <p>Inserts and updates put the event into the changed document itself, in {@value #PENDING_EVENTS}, in
 * the same single-document write: the change and its event are stored together or not at all. Right
 * after the write the {@link OutboxRelay} hands the event to the listeners and removes it from the
 * document; if the process dies in between, or a listener fails, the event stays in the document until
 * the {@link OutboxSweeper} delivers it. A deleted document cannot carry its event, so a deletion first
 * records the intent ({@link PendingDeletion}) and the sweeper finishes a deletion that a crash
 * interrupted.
 *
 * <p>Whole-document saves are written as {@code $set}/{@code $unset} of the entity's fields instead of a
 * replacement, so that events still pending in the document survive a save that did not read them. A
 * whole-document save of a {@link WithOutbox} document must therefore go through here (a repository's
 * {@code save} replaces the document); inserting a new document or updating named fields is safe anywhere.
 */
@Service
public class Outbox {

    public static final String PENDING_EVENTS = "pendingEvents";

    private final ReactiveMongoTemplate mongo;
    private final MongoConverter converter;
    private final OutboxRelay relay;

    Outbox(ReactiveMongoTemplate mongo, OutboxRelay relay) {
        this.mongo = mongo;
        this.converter = mongo.getConverter();
        this.relay = relay;
    }

    /** Inserts a new document (its id assigned here when it has none) with the event made from it. */
    public <T> Mono<T> insert(T entity, Function<T, DomainEvent> eventOf) {
        MongoPersistentEntity<?> meta = persistentEntity(entity);
        Document stored = toDocument(entity);
        stored.putIfAbsent("_id", new ObjectId());
        MongoPersistentProperty version = meta.getVersionProperty();
        if (version != null) {
            stored.putIfAbsent(version.getFieldName(), 0L);
        }
        @SuppressWarnings("unchecked")
        T inserted = (T) converter.read(entity.getClass(), stored);
        DomainEvent event = eventOf.apply(inserted);
        stored.put(PENDING_EVENTS, List.of(toDocument(event)));
        return mongo.insert(stored, meta.getCollection())
                .then(relay.deliver(meta.getCollection(), stored.get("_id"), List.of(event)))
                .thenReturn(inserted);
    }

    /**
     * Saves an existing document with the event made from it, guarded by its version like Spring Data's
     * save: a stale version fails with {@link OptimisticLockingFailureException} and changes nothing.
     */
    public <T> Mono<T> save(T entity, Function<T, DomainEvent> eventOf) {
        DomainEvent event = eventOf.apply(entity);
        return saveFields(entity, List.of(event));
    }

    /** Saves a change that tells nobody (e.g. a draft's section), keeping the events pending in the document. */
    public <T> Mono<T> save(T entity) {
        return saveFields(entity, List.of());
    }

    private <T> Mono<T> saveFields(T entity, List<DomainEvent> events) {
        MongoPersistentEntity<?> meta = persistentEntity(entity);
        MongoPersistentProperty version = meta.getRequiredVersionProperty();
        Number current = (Number) meta.getPropertyAccessor(entity).getProperty(version);
        Document fields = toDocument(entity);
        Object id = fields.remove("_id");
        fields.put(version.getFieldName(), current.longValue() + 1);
        Document update = new Document("$set", fields);
        Document absent = new Document();
        meta.doWithProperties((MongoPersistentProperty property) -> {
            if (!property.isIdProperty() && !fields.containsKey(property.getFieldName())) {
                absent.put(property.getFieldName(), "");
            }
        });
        if (!absent.isEmpty()) {
            update.append("$unset", absent);
        }
        if (!events.isEmpty()) {
            update.append("$push", new Document(PENDING_EVENTS,
                    new Document("$each", events.stream().map(this::toDocument).toList())));
        }
        Document sameVersion = new Document("_id", id).append(version.getFieldName(), current);
        @SuppressWarnings("unchecked")
        Class<T> type = (Class<T>) entity.getClass();
        Mono<T> saved = mongo.findAndModify(new BasicQuery(sameVersion), new BasicUpdate(update),
                        FindAndModifyOptions.options().returnNew(true), Document.class, meta.getCollection())
                .switchIfEmpty(Mono.error(() -> new OptimisticLockingFailureException(
                        "Stale version " + current + " of " + meta.getCollection() + " " + id)))
                .map(stored -> converter.read(type, stored));
        return events.isEmpty() ? saved
                : saved.flatMap(stored -> relay.deliver(meta.getCollection(), id, events).thenReturn(stored));
    }

    /**
     * A conditional update of one document (the guard is in {@code query}) with its events pushed into the
     * same update; the changed document, or nothing (and no event) when the guard did not match.
     */
    public <T> Mono<T> update(Query query, Update update, Class<T> type, DomainEvent... events) {
        return updateWithEvents(query, update, type, events).flatMap(changed -> {
            Stored stored = stored(type, changed);
            return relay.deliver(stored.collection(), stored.id(), List.of(events)).thenReturn(changed);
        });
    }

    /**
     * As {@link #update}, but without making the caller wait for the listeners: the events are handed to them
     * alongside the answer instead of before it, which takes their round trips (audit entry, notices, webhook
     * subscriptions, the event's removal from the document) off a hot path's latency, though not off its work;
     * the removals of a crowd of such writes go in batches ({@link DeliveredEvents}).
     * Safe because the events are stored with the change: if the process dies, or a listener fails, before they
     * are delivered, the {@link OutboxSweeper} delivers them after its grace period, as for any other write. So
     * what a listener makes (an audit entry, a notice) may show a few milliseconds after the answer.
     */
    public <T> Mono<T> updateDeliveringAlongside(Query query, Update update, Class<T> type, DomainEvent... events) {
        return updateWithEvents(query, update, type, events)
                // The relay logs and swallows its own failures (the sweeper retries), so nothing is left unhandled.
                .doOnNext(changed -> {
                    Stored stored = stored(type, changed);
                    relay.deliverAlongside(stored.collection(), stored.id(), List.of(events)).subscribe();
                });
    }

    private <T> Mono<T> updateWithEvents(Query query, Update update, Class<T> type, DomainEvent... events) {
        update.push(PENDING_EVENTS).each(Stream.of(events).map(this::toDocument).toArray());
        return mongo.findAndModify(query, update, FindAndModifyOptions.options().returnNew(true), type);
    }

    /** Where a changed document is stored: its collection and id. */
    private record Stored(String collection, Object id) {
    }

    private Stored stored(Class<?> type, Object changed) {
        MongoPersistentEntity<?> meta = converter.getMappingContext().getRequiredPersistentEntity(type);
        return new Stored(meta.getCollection(), idOf(meta, changed));
    }

    /**
     * Deletes the document with this id and version ({@code null} for a document without one) and delivers
     * the event; false (nothing deleted, no event) when there is no such document or its version moved on.
     */
    public Mono<Boolean> delete(Class<?> type, String id, Long version, DomainEvent event) {
        MongoPersistentEntity<?> meta = converter.getMappingContext().getRequiredPersistentEntity(type);
        PendingDeletion intent = PendingDeletion.of(meta, id, version, event);
        return mongo.insert(intent)
                .then(mongo.remove(intent.target(), type))
                .flatMap(result -> result.getDeletedCount() == 0
                        ? mongo.remove(intent).thenReturn(false)
                        : relay.deliverDeletion(intent).thenReturn(true));
    }

    private Document toDocument(Object value) {
        Document document = new Document();
        converter.write(value, document);
        return document;
    }

    private MongoPersistentEntity<?> persistentEntity(Object entity) {
        return converter.getMappingContext().getRequiredPersistentEntity(entity.getClass());
    }

    private static Object idOf(MongoPersistentEntity<?> meta, Object entity) {
        Object id = meta.getPropertyAccessor(entity).getProperty(meta.getRequiredIdProperty());
        return id instanceof String text && ObjectId.isValid(text) ? new ObjectId(text) : id;
    }
}
