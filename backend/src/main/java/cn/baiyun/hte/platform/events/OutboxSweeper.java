package cn.baiyun.hte.platform.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.baiyun.hte.platform.error.LogText;
import cn.baiyun.hte.platform.lease.Leases;
import cn.baiyun.hte.platform.metrics.WaitingWork;
import cn.baiyun.hte.platform.mongo.DatabaseOutage;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Delivers the events that a crash or a failing listener left behind: events still pending in a
 * {@link WithOutbox} document some time after they were written, and deletions whose intent is still
 * recorded. Runs on every replica's schedule, but only the holder of the {@code outbox-sweep} lease
 * works, once per interval across replicas. Events younger than {@link #GRACE} are left to the request that wrote them, which normally
 * delivers them within milliseconds; a listener may still see an event twice, which it must tolerate.
 */
@Component
public class OutboxSweeper implements SmartInitializingSingleton, WaitingWork {

    public static final Duration GRACE = Duration.ofMinutes(1);
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final String OCCURRED_AT = Outbox.PENDING_EVENTS + ".header.occurredAt";
    private static final Logger log = LoggerFactory.getLogger(OutboxSweeper.class);

    private final ReactiveMongoTemplate mongo;
    private final MongoConverter converter;
    private final OutboxRelay relay;
    private final Leases leases;
    private final Clock clock;
    private final Duration interval;

    OutboxSweeper(ReactiveMongoTemplate mongo, OutboxRelay relay, Leases leases, Clock clock,
                  @Value("${hte.outbox.sweep-interval:PT30S}") Duration interval) {
        this.interval = interval;
        this.mongo = mongo;
        this.converter = mongo.getConverter();
        this.relay = relay;
        this.leases = leases;
        this.clock = clock;
    }

    /** The sweep's queries need these indexes; made on the start-up thread like every other index. */
    @Override
    public void afterSingletonsInstantiated() {
        Flux.fromIterable(collections())
                .concatMap(collection -> mongo.indexOps(collection)
                        .createIndex(new Index(OCCURRED_AT, Sort.Direction.ASC).sparse().named("pending_events")))
                .then(mongo.indexOps(PendingDeletion.class)
                        .createIndex(new Index("createdAt", Sort.Direction.ASC).named("by_created")))
                .block(Duration.ofMinutes(1));
    }

    @Scheduled(fixedDelayString = "${hte.outbox.sweep-interval:PT30S}",
            initialDelayString = "${hte.outbox.sweep-interval:PT30S}")
    void sweepOnSchedule() {
        leases.runOncePer("outbox-sweep", interval, LEASE, lease -> sweepDue())
                .subscribe(delivered -> {
                    if (delivered > 0) {
                        log.info("Outbox sweep delivered {} left-behind events", delivered);
                    }
                }, this::failed);
    }

    /**
     * One line per failed sweep while the database is unreachable: the sweep runs every few seconds, and the
     * outage's stack trace says nothing the line does not. Any other failure is unexpected and keeps its trace.
     */
    void failed(Throwable error) {
        if (DatabaseOutage.explains(error)) {
            log.warn("Outbox sweep failed, the database is unavailable; the next one retries: {}",
                    LogText.of(NestedExceptionUtils.getMostSpecificCause(error)));
        } else {
            log.warn("Outbox sweep failed; the next one retries", LogText.encoded(error));
        }
    }

    /** Delivers the events whose writer had the grace period to deliver them and did not. */
    public Mono<Long> sweepDue() {
        return sweep(Instant.now(clock).minus(GRACE));
    }

    /** Delivers every event stored before {@code cutoff} and still pending; answers how many it handled. */
    public Mono<Long> sweep(Instant cutoff) {
        return Flux.fromIterable(collections())
                .concatMap(collection -> pendingIn(collection, cutoff))
                .concatWith(unfinishedDeletions(cutoff))
                .count();
    }

    private Flux<DomainEvent> pendingIn(String collection, Instant cutoff) {
        Query query = Query.query(Criteria.where(OCCURRED_AT).lt(cutoff));
        query.fields().include(Outbox.PENDING_EVENTS);
        return mongo.find(query, Document.class, collection).concatMap(document -> Flux.defer(() -> {
            List<DomainEvent> due = new ArrayList<>();
            for (Document stored : document.getList(Outbox.PENDING_EVENTS, Document.class)) {
                DomainEvent event = converter.read(DomainEvent.class, stored);
                if (event.header().occurredAt().isBefore(cutoff)) {
                    due.add(event);
                }
            }
            return relay.deliver(collection, document.get("_id"), due).thenMany(Flux.fromIterable(due));
        }).onErrorResume(unreadable -> {
            // An event this version cannot read (e.g. its class was renamed) must not stop the others.
            log.error("Pending events of {} {} cannot be read; left in place", collection,
                    LogText.of(document.get("_id")), LogText.encoded(unreadable));
            return Flux.empty();
        }));
    }

    /**
     * A deletion whose intent is left: deleted if its target is still there in the recorded version, its
     * event then delivered; forgotten without an event if the target changed meanwhile (the deletion was
     * refused as stale). A target that is gone was deleted, so its event is due.
     */
    private Flux<DomainEvent> unfinishedDeletions(Instant cutoff) {
        return mongo.find(Query.query(Criteria.where("createdAt").lt(cutoff)), PendingDeletion.class)
                .concatMap(deletion -> {
                    return mongo.remove(deletion.target(), deletion.collection())
                            .then(mongo.exists(Query.query(Criteria.where("_id").is(deletion.documentId())),
                                    deletion.collection()))
                            .flatMap(stillThere -> stillThere ? mongo.remove(deletion).then(Mono.<DomainEvent>empty())
                                    : relay.deliverDeletion(deletion).thenReturn(deletion.event()));
                });
    }

    /** The {@code hte.work.waiting} gauge's tag for events not yet delivered. */
    @Override
    public String kind() {
        return "outbox";
    }

    /**
     * Events not yet delivered, young and old, and deletions not yet finished: one count per collection on the
     * sparse {@code pending_events} index, which holds only the documents with events pending.
     */
    @Override
    public Mono<Long> count() {
        return Flux.fromIterable(collections())
                .concatMap(collection -> mongo.count(Query.query(Criteria.where(OCCURRED_AT).exists(true)), collection))
                .concatWith(mongo.count(new Query(), PendingDeletion.class))
                .reduce(0L, Long::sum);
    }

    private List<String> collections() {
        return converter.getMappingContext().getPersistentEntities().stream()
                .filter(entity -> entity.isAnnotationPresent(WithOutbox.class))
                .map(MongoPersistentEntity::getCollection)
                .distinct().sorted().toList();
    }
}
