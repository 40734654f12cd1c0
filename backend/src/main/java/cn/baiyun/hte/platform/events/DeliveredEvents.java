package cn.baiyun.hte.platform.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.baiyun.hte.platform.error.LogText;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.BasicUpdate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Takes events delivered alongside an answer ({@link Outbox#updateDeliveringAlongside}) out of the documents that
 * stored them, in batches: while one removal from a collection is under way, the events delivered meanwhile wait
 * and go in the next one, a single update of all their documents (by {@code _id}), so a crowd of such writes
 * (sign-ups) makes one command for many instead of one each. One write alone still has its events removed at
 * once. An event whose removal is lost (the process stopped, the update failed) stays in its document and the
 * {@link OutboxSweeper} delivers it again after its grace period; listeners take an event twice harmlessly.
 */
@Component
class DeliveredEvents {

    private static final Logger log = LoggerFactory.getLogger(DeliveredEvents.class);

    private record Delivered(Object documentId, List<String> eventIds) {
    }

    private final ReactiveMongoTemplate mongo;
    /** Per collection, the deliveries not yet removed; a collection is here only while a removal is under way. */
    private final Map<String, List<Delivered>> waiting = new HashMap<>();

    DeliveredEvents(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The events were delivered: removed from their document now, or with the next batch. */
    void remove(String collection, Object documentId, List<String> eventIds) {
        Delivered delivered = new Delivered(documentId, eventIds);
        synchronized (waiting) {
            List<Delivered> batch = waiting.get(collection);
            if (batch != null) {
                batch.add(delivered);
                return;
            }
            waiting.put(collection, new ArrayList<>());
        }
        send(collection, List.of(delivered));
    }

    private void send(String collection, List<Delivered> batch) {
        List<Object> documents = batch.stream().map(Delivered::documentId).distinct().toList();
        List<String> events = batch.stream().flatMap(delivered -> delivered.eventIds().stream()).toList();
        BasicUpdate pull = new BasicUpdate(new Document("$pull",
                new Document(Outbox.PENDING_EVENTS, new Document("header.eventId", new Document("$in", events)))));
        mongo.updateMulti(Query.query(Criteria.where("_id").in(documents)), pull, collection)
                .doOnError(error -> log.warn("Events {} delivered but left in their documents; the outbox sweeper"
                        + " delivers them again", events, LogText.encoded(error)))
                .onErrorComplete()
                .subscribe(null, null, () -> next(collection));
    }

    private void next(String collection) {
        List<Delivered> batch;
        synchronized (waiting) {
            batch = waiting.remove(collection);
            if (batch == null || batch.isEmpty()) {
                return;
            }
            waiting.put(collection, new ArrayList<>());
        }
        send(collection, batch);
    }
}
