package cn.baiyun.hte.platform.idempotency;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Mono;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The keys in the database, shared by every replica. A key is taken by inserting it: the unique index on
 * (caller, key) lets exactly one of two concurrent first requests in, on one replica or on several.
 */
class IdempotencyKeys {

    /** What became of a request's attempt to take its key. */
    sealed interface Claim {
    }

    /** The request took the key (it is the first, or the one before it died or expired): it runs. */
    record Taken(IdempotentRequest request) implements Claim {
    }

    /** Another request holds the key and is still being answered. */
    record Held() implements Claim {
    }

    /** The key was used and answered: its fingerprint and answer are there to compare and replay. */
    record Answered(IdempotentRequest request) implements Claim {
    }

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;
    private final IdempotencyProperties properties;

    IdempotencyKeys(ReactiveMongoTemplate mongo, Clock clock, IdempotencyProperties properties) {
        this.mongo = mongo;
        this.clock = clock;
        this.properties = properties;
    }

    Mono<Claim> claim(String caller, String key) {
        Instant now = Instant.now(clock);
        IdempotentRequest fresh = new IdempotentRequest(null, caller, key, UUID.randomUUID().toString(),
                now.plus(properties.hold()), now, null, null);
        return mongo.insert(fresh).<Claim>map(Taken::new)
                .onErrorResume(DuplicateKeyException.class, used -> mongo.findOne(
                                query(where("caller").is(caller).and("key").is(key)), IdempotentRequest.class)
                        .flatMap(existing -> claimUsed(existing, now))
                        // removed between the insert and the read (purged or released): busy for a moment
                        .defaultIfEmpty(new Held()));
    }

    private Mono<Claim> claimUsed(IdempotentRequest existing, Instant now) {
        boolean expired = existing.createdAt().isBefore(now.minus(properties.retention()));
        if (!expired && existing.answered()) {
            return Mono.just(new Answered(existing));
        }
        if (!expired && existing.heldUntil().isAfter(now)) {
            return Mono.just(new Held());
        }
        // Its holder died (or it is past retention and not yet purged): take it over, unless someone else just did.
        Query same = query(where("_id").is(existing.id()).and("owner").is(existing.owner()));
        Update takeOver = new Update().set("owner", UUID.randomUUID().toString())
                .set("heldUntil", now.plus(properties.hold())).set("createdAt", now)
                .unset("fingerprint").unset("answer");
        return mongo.findAndModify(same, takeOver, FindAndModifyOptions.options().returnNew(true), IdempotentRequest.class)
                .<Claim>map(Taken::new)
                .defaultIfEmpty(new Held());
    }

    /** Keeps the answer to the request that holds the key, for its retries. */
    Mono<Void> answer(IdempotentRequest taken, String fingerprint, IdempotentRequest.Answer answer) {
        return mongo.updateFirst(mine(taken), new Update().set("fingerprint", fingerprint).set("answer", answer),
                IdempotentRequest.class).then();
    }

    /** Gives the key up unanswered, so that a retry runs again (a server error, a body not read to its end). */
    Mono<Void> release(IdempotentRequest taken) {
        return mongo.remove(mine(taken).addCriteria(where("answer").exists(false)), IdempotentRequest.class).then();
    }

    /** Removes the keys created before {@code cutoff}; answers how many. */
    Mono<Long> removeCreatedBefore(Instant cutoff) {
        return mongo.remove(query(where("createdAt").lt(cutoff)), IdempotentRequest.class)
                .map(result -> result.getDeletedCount());
    }

    private static Query mine(IdempotentRequest taken) {
        return query(where("_id").is(taken.id()).and("owner").is(taken.owner()));
    }
}
