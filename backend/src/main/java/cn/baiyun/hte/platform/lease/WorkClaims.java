package cn.baiyun.hte.platform.lease;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Claims on queued work that every replica's worker takes from one collection (mails to send, webhook messages
 * to deliver): the lease technique applied to each document. A claim is one conditional {@code findAndModify}
 * that matches only work nobody holds (pending and due, or held by a claim that ran out) and writes the worker's
 * token and the claim's expiry, so two workers never hold the same item at once; a worker that dies lets its
 * claim run out and another takes the item. Outcomes are written only while the claim is still held.
 *
 * <p>The documents keep {@code status} {@value #PENDING} (due at {@code nextAttemptAt}) or {@value #SENDING}
 * (held by {@code claimedBy} until {@code claimedUntil}); every other status is the feature's own.
 *
 * @param <T> the mapped document type
 */
public final class WorkClaims<T> {

    public static final String PENDING = "PENDING";
    public static final String SENDING = "SENDING";

    private final ReactiveMongoTemplate mongo;
    private final Class<T> type;
    private final Duration claimFor;
    private final Clock clock;
    /** This worker among all replicas' (each claim adds a token of its own, so that no two claims share one). */
    private final String worker;

    public WorkClaims(ReactiveMongoTemplate mongo, Class<T> type, Duration claimFor, String worker, Clock clock) {
        this.mongo = mongo;
        this.type = type;
        this.claimFor = claimFor;
        this.worker = worker + "/" + UUID.randomUUID();
        this.clock = clock;
    }

    /** The ids of up to {@code limit} items nobody holds, the longest due first. */
    public Flux<String> dueIds(int limit) {
        Query due = Query.query(claimable(Instant.now(clock))).with(Sort.by("nextAttemptAt")).limit(limit);
        due.fields().include("_id");
        return mongo.find(due, Document.class, mongo.getCollectionName(type)).map(found -> found.get("_id").toString());
    }

    /** The item, now held by this worker until its claim runs out; empty when another worker holds it. */
    public Mono<Claim<T>> claim(String id) {
        Instant now = Instant.now(clock);
        String token = worker + "/" + UUID.randomUUID();
        Query free = Query.query(new Criteria().andOperator(Criteria.where("_id").is(id), claimable(now)));
        Update take = new Update().set("status", SENDING).set("claimedBy", token).set("claimedUntil", now.plus(claimFor));
        return mongo.findAndModify(free, take, FindAndModifyOptions.options().returnNew(true), type)
                .map(held -> new Claim<>(id, held, token));
    }

    /** Records the outcome and gives the claim up; false when the claim ran out and another worker took the item. */
    public Mono<Boolean> release(Claim<T> claim, Update outcome) {
        return mongo.updateFirst(held(claim), outcome.unset("claimedBy").unset("claimedUntil"), type)
                .map(result -> result.getModifiedCount() > 0);
    }

    /** Removes the item, if this worker still holds it. */
    public Mono<Void> remove(Claim<T> claim) {
        return mongo.remove(held(claim), type).then();
    }

    private static Query held(Claim<?> claim) {
        return Query.query(Criteria.where("_id").is(claim.id()).and("claimedBy").is(claim.token()));
    }

    private static Criteria claimable(Instant now) {
        return new Criteria().orOperator(
                Criteria.where("status").is(PENDING).and("nextAttemptAt").lte(now),
                Criteria.where("status").is(SENDING).and("claimedUntil").lt(now));
    }

    /** An item a worker holds, as it was when claimed, and the token that proves the claim. */
    public record Claim<T>(String id, T work, String token) {
    }
}
