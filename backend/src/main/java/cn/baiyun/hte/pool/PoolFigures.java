package cn.baiyun.hte.pool;

import java.util.List;

import cn.baiyun.hte.assessment.TierResult;
import cn.baiyun.hte.enterprise.FirmsNamed;
import cn.baiyun.hte.pool.board.PoolEntry;
import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The pool's figures for the programme's outlook (the subsidy schedule's committed and expected amounts), in
 * the database over the cycle-year indexes. A firm's tier in a cycle is the bureau's decision, else the
 * engine's proposal; a firm is in the pool when that tier is 1, 2 or 3. It answers to the portal itself: the
 * features that show the figures check who may see them.
 */
@Service
public class PoolFigures {

    private static final List<String> IN_POOL = List.of(TierResult.TIER_1.name(), TierResult.TIER_2.name(),
            TierResult.TIER_3.name());

    private final ReactiveMongoTemplate mongo;

    PoolFigures(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Whether the cycle of {@code year} has any entries yet (its first run has happened). */
    public Mono<Boolean> assessed(int year) {
        return mongo.exists(Query.query(Criteria.where("cycleYear").is(year)), PoolEntry.class);
    }

    /** The cycle's tier-1 firms (decided, else proposed), for the firm figures to count in the database. */
    public FirmsNamed tierOne(int year) {
        return new FirmsNamed(mongo.getCollectionName(PoolEntry.class), tierOneCriteria(year).getCriteriaObject(),
                "enterpriseId", null);
    }

    /** How many tier-1 firms (decided, else proposed) the cycle of {@code year} has. */
    public Mono<Long> tierOneCount(int year) {
        return mongo.count(Query.query(tierOneCriteria(year)), PoolEntry.class);
    }

    /** Stored values (enum names), so that the criteria serve an untyped pipeline as well as a typed query. */
    private static Criteria tierOneCriteria(int year) {
        Criteria decided = Criteria.where("decision.tier").is(TierResult.TIER_1.name());
        Criteria proposed = new Criteria().andOperator(Criteria.where("decision.tier").is(null),
                Criteria.where("proposedTier").is(TierResult.TIER_1.name()));
        return Criteria.where("cycleYear").is(year).orOperator(decided, proposed);
    }

    /** How many firms entered the pool for the first time in the cycle of {@code year}: in it then, never before. */
    public Mono<Long> firstEntries(int year) {
        List<Document> pipeline = List.of(
                new Document("$match", new Document("cycleYear", new Document("$lte", year))),
                new Document("$project", new Document("enterpriseId", 1).append("cycleYear", 1)
                        .append("tier", new Document("$ifNull", List.of("$decision.tier", "$proposedTier")))),
                new Document("$match", new Document("tier", new Document("$in", IN_POOL))),
                new Document("$group", new Document("_id", "$enterpriseId")
                        .append("first", new Document("$min", "$cycleYear"))),
                new Document("$match", new Document("first", year)),
                new Document("$count", "firms"));
        return mongo.getCollection(mongo.getCollectionName(PoolEntry.class))
                .flatMapMany(collection -> collection.aggregate(pipeline))
                .next()
                .map(counted -> ((Number) counted.get("firms")).longValue())
                .defaultIfEmpty(0L);
    }
}
