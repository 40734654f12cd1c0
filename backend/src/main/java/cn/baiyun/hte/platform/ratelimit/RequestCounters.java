package cn.baiyun.hte.platform.ratelimit;

import java.time.Instant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Mono;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Counts a client's requests in the shared database, one atomic increment per request: every replica
 * counts into the same window document, so the limit holds for the whole deployment, not per replica.
 */
class RequestCounters {

    private final ReactiveMongoTemplate mongo;

    RequestCounters(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Counts one request of {@code client} in the window {@code [start, end)}; answers the count so far. */
    Mono<Long> count(String client, Instant start, Instant end) {
        return increment(client, start, end)
                // Two first requests of a window upserting at once: one inserts, the other's insert meets the
                // unique id and is sent again, which now finds the document and increments it.
                .onErrorResume(DuplicateKeyException.class, raced -> increment(client, start, end));
    }

    private Mono<Long> increment(String client, Instant start, Instant end) {
        Update add = new Update().inc("count", 1L).setOnInsert("client", client).setOnInsert("start", start)
                .setOnInsert("end", end);
        return mongo.findAndModify(query(where("_id").is(RequestWindow.idOf(client, start))), add,
                        FindAndModifyOptions.options().upsert(true).returnNew(true), RequestWindow.class)
                .map(RequestWindow::count);
    }

    /** Removes the windows that ended before {@code cutoff}; answers how many. */
    Mono<Long> removeEndedBefore(Instant cutoff) {
        return mongo.remove(query(where("end").lt(cutoff)), RequestWindow.class).map(result -> result.getDeletedCount());
    }
}
