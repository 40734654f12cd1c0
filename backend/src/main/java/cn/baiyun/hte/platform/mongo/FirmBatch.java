package cn.baiyun.hte.platform.mongo;

import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.function.Function;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import reactor.core.publisher.Flux;

/**
 * Reads the records of a batch of firms with one query per collection instead of one per firm, for the
 * bureau's work over all firms (which streams them in id order and takes them a few hundred at a time).
 * The query asks for the id range the batch spans, an index range scan on {@code enterpriseId}, and the
 * records of firms in that range but outside the batch are dropped as they arrive, so only the batch's
 * records are ever held. A range rather than {@code $in}: the embedded server compares {@code $in} with
 * every listed id for every document it scans, while a range costs two comparisons.
 */
public final class FirmBatch {

    private FirmBatch() {
    }

    /**
     * The documents of {@code type} whose {@code enterpriseId} is one of {@code enterpriseIds} and that
     * also meet {@code query} (its other criteria and its projection; this adds the firms' range to it).
     */
    public static <T> Flux<T> find(ReactiveMongoTemplate mongo, Collection<String> enterpriseIds, Query query,
                                   Class<T> type, Function<T, String> firmOf) {
        if (enterpriseIds.isEmpty()) {
            return Flux.empty();
        }
        Set<String> wanted = enterpriseIds instanceof Set<String> set ? set : Set.copyOf(enterpriseIds);
        query.addCriteria(Criteria.where("enterpriseId").gte(Collections.min(wanted)).lte(Collections.max(wanted)));
        return mongo.find(query, type).filter(found -> wanted.contains(firmOf.apply(found)));
    }
}
